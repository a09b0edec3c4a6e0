CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; END;
COPY t (a) FROM stdin;
DROP DATABASE app;
\\.
\.
SELECT E'a'
'\''; -- x
SELECT $f$ $$ $f$, U&'\', "q""x" /* a /* b */ */;
