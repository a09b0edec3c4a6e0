--
-- PostgreSQL database cluster dump
--

\restrict qF02MkXIvPk3f0ZOkvhGYhUTnIh3TxJfP8X1H9h3aJ8rGa5k2qOfF6DDLBmUHVx

SET default_transaction_read_only = off;

SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

--
-- Roles
--

CREATE ROLE app_owner;
ALTER ROLE app_owner WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS;
CREATE ROLE app_reader;
ALTER ROLE app_reader WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;
CREATE ROLE postgres;
ALTER ROLE postgres WITH SUPERUSER INHERIT CREATEROLE CREATEDB LOGIN REPLICATION BYPASSRLS;

--
-- User Configurations
--








\unrestrict qF02MkXIvPk3f0ZOkvhGYhUTnIh3TxJfP8X1H9h3aJ8rGa5k2qOfF6DDLBmUHVx

--
-- PostgreSQL database cluster dump complete
--

