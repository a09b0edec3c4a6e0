--
-- PostgreSQL database dump
--

\restrict MmxVbLaIK3be4z9L1VNVdF68tqqgwQxjiLhBHHe1upY2LtB9YVgVXapMCNZFkOa

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: app; Type: DATABASE; Schema: -; Owner: app_owner
--

CREATE DATABASE app WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER = libc LOCALE = 'C';


ALTER DATABASE app OWNER TO app_owner;

\unrestrict MmxVbLaIK3be4z9L1VNVdF68tqqgwQxjiLhBHHe1upY2LtB9YVgVXapMCNZFkOa
\connect app
\restrict MmxVbLaIK3be4z9L1VNVdF68tqqgwQxjiLhBHHe1upY2LtB9YVgVXapMCNZFkOa

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: DATABASE app; Type: COMMENT; Schema: -; Owner: app_owner
--

COMMENT ON DATABASE app IS 'the app database';


--
-- Name: app; Type: DATABASE PROPERTIES; Schema: -; Owner: app_owner
--

ALTER DATABASE app SET work_mem TO '8MB';


\unrestrict MmxVbLaIK3be4z9L1VNVdF68tqqgwQxjiLhBHHe1upY2LtB9YVgVXapMCNZFkOa
\connect app
\restrict MmxVbLaIK3be4z9L1VNVdF68tqqgwQxjiLhBHHe1upY2LtB9YVgVXapMCNZFkOa

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: shop; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA shop;


ALTER SCHEMA shop OWNER TO postgres;

--
-- Name: SCHEMA shop; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON SCHEMA shop IS 'Shop; DROP DATABASE app; -- not a statement';


--
-- Name: pg_trgm; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;


--
-- Name: EXTENSION pg_trgm; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';


--
-- Name: postgres_fdw; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS postgres_fdw WITH SCHEMA public;


--
-- Name: EXTENSION postgres_fdw; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION postgres_fdw IS 'foreign-data wrapper for remote PostgreSQL servers';


--
-- Name: f_plain(integer); Type: FUNCTION; Schema: shop; Owner: postgres
--

CREATE FUNCTION shop.f_plain(a integer) RETURNS integer
    LANGUAGE sql
    AS $$SELECT a * 2$$;


ALTER FUNCTION shop.f_plain(a integer) OWNER TO postgres;

--
-- Name: f_plpgsql(integer); Type: FUNCTION; Schema: shop; Owner: postgres
--

CREATE FUNCTION shop.f_plpgsql(n integer) RETURNS text
    LANGUAGE plpgsql
    AS $_$
BEGIN
    -- DROP DATABASE app; inside a function body is just text
    RETURN 'n=' || n || $$; DROP ROLE x;$$;
END
$_$;


ALTER FUNCTION shop.f_plpgsql(n integer) OWNER TO postgres;

--
-- Name: f_sql(integer); Type: FUNCTION; Schema: shop; Owner: postgres
--

CREATE FUNCTION shop.f_sql(a integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    BEGIN ATOMIC
 SELECT (a + 1);
END;


ALTER FUNCTION shop.f_sql(a integer) OWNER TO postgres;

--
-- Name: elsewhere; Type: SERVER; Schema: -; Owner: postgres
--

CREATE SERVER elsewhere FOREIGN DATA WRAPPER postgres_fdw OPTIONS (
    dbname 'other'
);


ALTER SERVER elsewhere OWNER TO postgres;

--
-- Name: USER MAPPING app_owner SERVER elsewhere; Type: USER MAPPING; Schema: -; Owner: postgres
--

CREATE USER MAPPING FOR app_owner SERVER elsewhere OPTIONS (
    "user" 'remote'
);


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: Odd "Name";; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop."Odd ""Name"";" (
    "DROP DATABASE app;" integer
);


ALTER TABLE shop."Odd ""Name"";" OWNER TO postgres;

--
-- Name: item; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.item (
    id integer NOT NULL,
    name text,
    price numeric(10,2) DEFAULT '5'::numeric
);


ALTER TABLE shop.item OWNER TO postgres;

--
-- Name: line; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.line (
    t text
);


ALTER TABLE shop.line OWNER TO postgres;

--
-- Name: note; Type: TABLE; Schema: shop; Owner: app_owner
--

CREATE TABLE shop.note (
    id integer NOT NULL,
    body text NOT NULL,
    code text,
    CONSTRAINT note_code_check CHECK ((code ~ '^[A-Z]{2}\d{2}$'::text))
);


ALTER TABLE shop.note OWNER TO app_owner;

--
-- Name: TABLE note; Type: COMMENT; Schema: shop; Owner: app_owner
--

COMMENT ON TABLE shop.note IS 'It''s a "note"; CREATE ROLE x; $$ inside';


--
-- Name: COLUMN note.body; Type: COMMENT; Schema: shop; Owner: app_owner
--

COMMENT ON COLUMN shop.note.body IS 'ends with a backslash \';


--
-- Name: mv; Type: MATERIALIZED VIEW; Schema: shop; Owner: postgres
--

CREATE MATERIALIZED VIEW shop.mv AS
 SELECT count(*) AS n
   FROM shop.note
  WITH NO DATA;


ALTER TABLE shop.mv OWNER TO postgres;

--
-- Name: note_id_seq; Type: SEQUENCE; Schema: shop; Owner: app_owner
--

CREATE SEQUENCE shop.note_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE shop.note_id_seq OWNER TO app_owner;

--
-- Name: note_id_seq; Type: SEQUENCE OWNED BY; Schema: shop; Owner: app_owner
--

ALTER SEQUENCE shop.note_id_seq OWNED BY shop.note.id;


--
-- Name: order_no; Type: SEQUENCE; Schema: shop; Owner: postgres
--

CREATE SEQUENCE shop.order_no
    START WITH 1000
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE shop.order_no OWNER TO postgres;

--
-- Name: v_note; Type: VIEW; Schema: shop; Owner: postgres
--

CREATE VIEW shop.v_note AS
 SELECT note.id,
    note.body
   FROM shop.note
  WHERE (note.body <> 'DROP DATABASE app;'::text);


ALTER TABLE shop.v_note OWNER TO postgres;

--
-- Name: note id; Type: DEFAULT; Schema: shop; Owner: app_owner
--

ALTER TABLE ONLY shop.note ALTER COLUMN id SET DEFAULT nextval('shop.note_id_seq'::regclass);


--
-- Name: 424242; Type: BLOB; Schema: -; Owner: postgres
--

SELECT pg_catalog.lo_create('424242');


ALTER LARGE OBJECT 424242 OWNER TO postgres;

--
-- Name: LARGE OBJECT 424242; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON LARGE OBJECT 424242 IS 'a large object';


--
-- Data for Name: Odd "Name";; Type: TABLE DATA; Schema: shop; Owner: postgres
--

COPY shop."Odd ""Name"";" ("DROP DATABASE app;") FROM stdin;
\.


--
-- Data for Name: item; Type: TABLE DATA; Schema: shop; Owner: postgres
--

COPY shop.item (id, name, price) FROM stdin;
1	widget	3.50
2	gadget "x"	4.00
\.


--
-- Data for Name: line; Type: TABLE DATA; Schema: shop; Owner: postgres
--

COPY shop.line (t) FROM stdin;
DROP DATABASE app;
\\connect postgres
\\.
\\.
CREATE ROLE evil;
a\rb
$$
'
\.


--
-- Data for Name: note; Type: TABLE DATA; Schema: shop; Owner: app_owner
--

COPY shop.note (id, body, code) FROM stdin;
1	plain	AB12
2	it's quoted; DROP DATABASE app;	\N
3	dollar $tag$ and $$	\N
4	tab\there\nnew line\\. and \\connect other	\N
5	\\.	\N
6	\\.	\N
7	DROP DATABASE app;	\N
8	line1\n\\.\nline3	\N
9	\\connect postgres	\N
10	CREATE ROLE evil SUPERUSER;	\N
11	/* not a comment */ -- nor this	\N
12	ünïcödé ✓	\N
\.


--
-- Name: note_id_seq; Type: SEQUENCE SET; Schema: shop; Owner: app_owner
--

SELECT pg_catalog.setval('shop.note_id_seq', 12, true);


--
-- Name: order_no; Type: SEQUENCE SET; Schema: shop; Owner: postgres
--

SELECT pg_catalog.setval('shop.order_no', 1000, false);


--
-- Data for Name: BLOBS; Type: BLOBS; Schema: -; Owner: -
--

BEGIN;

SELECT pg_catalog.lo_open('424242', 131072);
SELECT pg_catalog.lowrite(0, '\x6c61726765206f626a6563743a2044524f50204441544142415345206170703b');
SELECT pg_catalog.lo_close(0);

COMMIT;

--
-- Name: item item_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.item
    ADD CONSTRAINT item_pkey PRIMARY KEY (id);


--
-- Name: note note_pkey; Type: CONSTRAINT; Schema: shop; Owner: app_owner
--

ALTER TABLE ONLY shop.note
    ADD CONSTRAINT note_pkey PRIMARY KEY (id);


--
-- Name: item_name_trgm; Type: INDEX; Schema: shop; Owner: postgres
--

CREATE INDEX item_name_trgm ON shop.item USING gin (name public.gin_trgm_ops);


--
-- Name: item item_rule; Type: RULE; Schema: shop; Owner: postgres
--

CREATE RULE item_rule AS
    ON DELETE TO shop.item DO INSTEAD ( UPDATE shop.item SET name = 'gone'::text
  WHERE (item.id = old.id);

 NOTIFY item_gone;
);


--
-- Name: SCHEMA shop; Type: ACL; Schema: -; Owner: postgres
--

GRANT USAGE ON SCHEMA shop TO app_reader;


--
-- Name: TABLE "Odd ""Name"";"; Type: ACL; Schema: shop; Owner: postgres
--

GRANT SELECT ON TABLE shop."Odd ""Name"";" TO app_reader;


--
-- Name: TABLE item; Type: ACL; Schema: shop; Owner: postgres
--

GRANT SELECT ON TABLE shop.item TO app_reader;


--
-- Name: COLUMN item.id; Type: ACL; Schema: shop; Owner: postgres
--

GRANT SELECT(id) ON TABLE shop.item TO PUBLIC;


--
-- Name: COLUMN item.name; Type: ACL; Schema: shop; Owner: postgres
--

GRANT SELECT(name) ON TABLE shop.item TO PUBLIC;


--
-- Name: TABLE line; Type: ACL; Schema: shop; Owner: postgres
--

GRANT SELECT ON TABLE shop.line TO app_reader;


--
-- Name: TABLE note; Type: ACL; Schema: shop; Owner: app_owner
--

GRANT SELECT ON TABLE shop.note TO app_reader;


--
-- Name: TABLE mv; Type: ACL; Schema: shop; Owner: postgres
--

GRANT SELECT ON TABLE shop.mv TO app_reader;


--
-- Name: TABLE v_note; Type: ACL; Schema: shop; Owner: postgres
--

GRANT SELECT ON TABLE shop.v_note TO app_reader;


--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: shop; Owner: postgres
--

ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA shop GRANT SELECT ON TABLES  TO app_reader;


--
-- Name: mv; Type: MATERIALIZED VIEW DATA; Schema: shop; Owner: postgres
--

REFRESH MATERIALIZED VIEW shop.mv;


--
-- PostgreSQL database dump complete
--

\unrestrict MmxVbLaIK3be4z9L1VNVdF68tqqgwQxjiLhBHHe1upY2LtB9YVgVXapMCNZFkOa

