-- Satisfecit on PostgreSQL: who may read and write what, enforced by the
-- server (roles, grants, row-level security, functions). `server-init` runs
-- this file after the tables (pgtables.cpp), every time: each statement may
-- run again, so running it upgrades the security of an older store. A line
-- holding only "--;" ends a statement (psql ignores it; the client splits on it).
--
-- Two group roles, created once per cluster:
--   satisfecit_admin     imports, deletes and sees everything;
--   satisfecit_landlord  one landlord's quality managers: their landlord's
--                        respondents, the region's figures, and the other
--                        landlords only as anonymous peers.
-- A login role counts in THIS store only once `server-user add` has recorded
-- it in server_users (so one cluster may hold several stores); the role that
-- ran server-init owns the tables and is not restricted.
-- Roles belong to the whole cluster: server-init of another store running
-- at the same moment may create them first (its CREATE ROLE then fails here
-- with a unique violation once it commits), which is as good as done.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'satisfecit_admin') THEN
        BEGIN
            CREATE ROLE satisfecit_admin NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'satisfecit_landlord') THEN
        BEGIN
            CREATE ROLE satisfecit_landlord NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END IF;
END $$;
--;
-- Only the two groups may connect; nobody but the owner creates objects.
DO $$
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO satisfecit_admin', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO satisfecit_landlord', current_database());
    REVOKE CREATE ON SCHEMA public FROM PUBLIC;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'satisfecit: the database''s own privileges are left as they are (not its owner)';
END $$;
--;
CREATE TABLE IF NOT EXISTS satisfecit.server_users (
    role_name TEXT PRIMARY KEY,
    landlord_code TEXT,
    is_admin BOOLEAN NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (is_admin = (landlord_code IS NULL)));
--;
-- A wave's summary for landlords' users: the same sums as wave_summaries,
-- with every landlord's block moved to a random position drawn at import
-- and its code replaced by a pseudonym; wave_peer_positions (read only
-- through my_peer_position) says where each landlord's own block went.
CREATE TABLE IF NOT EXISTS satisfecit.wave_peer_summaries (
    wave_id BIGINT PRIMARY KEY REFERENCES satisfecit.waves(id) ON DELETE CASCADE,
    data BYTEA NOT NULL,
    checksum BYTEA NOT NULL);
--;
CREATE TABLE IF NOT EXISTS satisfecit.wave_peer_positions (
    wave_id BIGINT NOT NULL REFERENCES satisfecit.waves(id) ON DELETE CASCADE,
    landlord_id BIGINT NOT NULL REFERENCES satisfecit.landlords(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (wave_id, landlord_id),
    UNIQUE (wave_id, position));
--;
-- What an import writes is stored as it is, not compressed: the peer
-- summary (about a megabyte for 40,000 respondents, as wave_summaries,
-- pgtables.cpp) and the chunk rows' blobs. Compressing them took about a
-- third of the server's time of an import for a tenth of the disk
-- (docs/performance.md).
ALTER TABLE satisfecit.wave_peer_summaries ALTER COLUMN data SET STORAGE EXTERNAL;
--;
ALTER TABLE satisfecit.respondents ALTER COLUMN ids SET STORAGE EXTERNAL,
    ALTER COLUMN landlords SET STORAGE EXTERNAL, ALTER COLUMN qpv SET STORAGE EXTERNAL,
    ALTER COLUMN weights SET STORAGE EXTERNAL;
--;
ALTER TABLE satisfecit.answer_columns ALTER COLUMN answers SET STORAGE EXTERNAL;
--;
ALTER TABLE satisfecit.segment_codes ALTER COLUMN codes SET STORAGE EXTERNAL;
--;
-- Start from nothing, then grant: a table added by a later step is closed
-- to landlords' users until a line below opens it.
REVOKE ALL ON SCHEMA satisfecit FROM PUBLIC;
--;
GRANT USAGE ON SCHEMA satisfecit TO satisfecit_admin, satisfecit_landlord;
--;
REVOKE ALL ON ALL TABLES IN SCHEMA satisfecit FROM PUBLIC, satisfecit_admin, satisfecit_landlord;
--;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA satisfecit FROM PUBLIC, satisfecit_admin, satisfecit_landlord;
--;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA satisfecit FROM PUBLIC, satisfecit_admin, satisfecit_landlord;
--;
ALTER DEFAULT PRIVILEGES IN SCHEMA satisfecit REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
--;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA satisfecit TO satisfecit_admin;
--;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA satisfecit TO satisfecit_admin;
--;
REVOKE INSERT, UPDATE, DELETE ON satisfecit.server_users, satisfecit.store_meta FROM satisfecit_admin;
--;
GRANT SELECT ON satisfecit.store_meta, satisfecit.questions, satisfecit.question_options, satisfecit.waves,
    satisfecit.landlords, satisfecit.wave_landlords, satisfecit.respondents,
    satisfecit.answer_columns, satisfecit.segment_codes, satisfecit.published_figures,
    satisfecit.wave_peer_summaries
    TO satisfecit_landlord;
--;
-- A segment column's name, not its dictionary: that lists the values of
-- every landlord's respondents (an agency's name, say). Each landlord's
-- users read their own values in wave_landlord_segments (below).
GRANT SELECT (wave_id, position, name) ON satisfecit.segment_columns TO satisfecit_landlord;
--;
-- Whether a wave is raked, and to which margins file: not the margins
-- themselves (they may name landlords) nor the weights (my_raked_weights).
GRANT SELECT (wave_id, margins_file, margins_sha256) ON satisfecit.wave_weightings TO satisfecit_landlord;
--;
-- A wave's row, but not its checksum: that hashes every landlord's code in
-- the wave's order with figures a landlord's user reads (year, scope,
-- respondents), so it would confirm a guess of the landlord list. The client
-- checks the row only when it reads the whole wave (administrators). Column
-- by column, so that a column added later stays closed until listed here.
REVOKE SELECT ON satisfecit.waves FROM satisfecit_landlord;
--;
GRANT SELECT (id, year, scope, source_file, sha256, imported_at, respondent_count, is_demo, strata, notes)
    ON satisfecit.waves TO satisfecit_landlord;
--;
-- Who the session is. SECURITY DEFINER functions read server_users for the
-- policies; session_user, not current_user, which SET ROLE changes.
CREATE OR REPLACE FUNCTION satisfecit.my_landlord_code() RETURNS TEXT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = satisfecit, pg_temp AS $$
    SELECT u.landlord_code FROM satisfecit.server_users u
    WHERE u.role_name = session_user::text AND NOT u.is_admin
        AND pg_has_role(session_user, 'satisfecit_landlord', 'MEMBER')
$$;
--;
CREATE OR REPLACE FUNCTION satisfecit.my_landlord_id() RETURNS BIGINT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = satisfecit, pg_temp AS $$
    SELECT l.id FROM satisfecit.landlords l WHERE l.code = satisfecit.my_landlord_code()
$$;
--;
CREATE OR REPLACE FUNCTION satisfecit.i_am_admin() RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = satisfecit, pg_temp AS $$
    SELECT COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
        OR session_user = (SELECT nspowner::regrole::name FROM pg_namespace WHERE nspname = 'satisfecit')
        OR (EXISTS (SELECT 1 FROM satisfecit.server_users u WHERE u.role_name = session_user::text AND u.is_admin)
            AND pg_has_role(session_user, 'satisfecit_admin', 'MEMBER'))
$$;
--;
-- What the client asks when it connects: 'admin', 'landlord' (with its
-- code) or 'none'.
CREATE OR REPLACE FUNCTION satisfecit.session_role(OUT role TEXT, OUT landlord_code TEXT)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = satisfecit, pg_temp AS $$
    SELECT CASE WHEN satisfecit.i_am_admin() THEN 'admin'
                WHEN satisfecit.my_landlord_code() IS NOT NULL THEN 'landlord'
                ELSE 'none' END,
           CASE WHEN satisfecit.i_am_admin() THEN NULL ELSE satisfecit.my_landlord_code() END
$$;
--;
-- The position of the session's landlord in the wave's peer summary, or
-- NULL when it has no respondents in that wave.
CREATE OR REPLACE FUNCTION satisfecit.my_peer_position(wave BIGINT) RETURNS INTEGER
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = satisfecit, pg_temp AS $$
    SELECT p.position FROM satisfecit.wave_peer_positions p
    WHERE p.wave_id = wave AND p.landlord_id = satisfecit.my_landlord_id()
$$;
--;
-- A raked wave's weights of the session's own respondents, in the order of
-- its chunks (wave_weightings holds the whole wave's, in the wave's stored
-- order; its margins may name other landlords, so only administrators read
-- it). NULL when the wave is not raked or holds none of its respondents.
CREATE OR REPLACE FUNCTION satisfecit.my_raked_weights(wave BIGINT, OUT margins_file TEXT, OUT weights BYTEA)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = satisfecit, pg_temp AS $$
    WITH chunks AS (
        SELECT r.chunk, r.landlord_id, length(r.weights) AS bytes,
               sum(length(r.weights)) OVER (ORDER BY r.chunk) - length(r.weights) AS start
        FROM satisfecit.respondents r WHERE r.wave_id = wave)
    SELECT w.margins_file, string_agg(substring(w.weights FROM (c.start + 1)::int FOR c.bytes), ''::bytea
                                      ORDER BY c.chunk)
    FROM chunks c JOIN satisfecit.wave_weightings w ON w.wave_id = wave
    WHERE c.landlord_id = satisfecit.my_landlord_id()
    GROUP BY w.margins_file
$$;
--;
-- server-user add: the password arrives as a SCRAM-SHA-256 verifier
-- computed by the client, never in clear.
CREATE OR REPLACE FUNCTION satisfecit.add_user(user_name TEXT, landlord TEXT, verifier TEXT) RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = satisfecit, pg_temp AS $$
BEGIN
    IF NOT satisfecit.i_am_admin() THEN
        RAISE EXCEPTION 'satisfecit: only an administrator may add users' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF user_name IS NULL OR user_name !~ '^[a-z_][a-z0-9_.-]{0,62}$' THEN
        RAISE EXCEPTION 'satisfecit: invalid user name "%"', user_name USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF user_name LIKE 'satisfecit\_%' OR user_name LIKE 'pg\_%' OR user_name = 'public' THEN
        RAISE EXCEPTION 'satisfecit: the name "%" is reserved', user_name USING ERRCODE = 'reserved_name';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = user_name) THEN
        RAISE EXCEPTION 'satisfecit: a role named "%" already exists', user_name USING ERRCODE = 'duplicate_object';
    END IF;
    IF verifier IS NOT NULL
        AND verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'satisfecit: the password must come as a SCRAM-SHA-256 verifier'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF landlord IS NOT NULL AND NOT EXISTS (SELECT 1 FROM satisfecit.landlords WHERE code = landlord) THEN
        RAISE EXCEPTION 'satisfecit: no wave holds the landlord "%"', landlord USING ERRCODE = 'no_data_found';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS '
                   'PASSWORD %L IN ROLE %I', user_name, verifier,
                   CASE WHEN landlord IS NULL THEN 'satisfecit_admin' ELSE 'satisfecit_landlord' END);
    INSERT INTO satisfecit.server_users (role_name, landlord_code, is_admin)
        VALUES (user_name, landlord, landlord IS NULL);
END $$;
--;
CREATE OR REPLACE FUNCTION satisfecit.remove_user(user_name TEXT) RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = satisfecit, pg_temp AS $$
BEGIN
    IF NOT satisfecit.i_am_admin() THEN
        RAISE EXCEPTION 'satisfecit: only an administrator may remove users' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM satisfecit.server_users WHERE role_name = user_name) THEN
        RAISE EXCEPTION 'satisfecit: no user named "%"', user_name USING ERRCODE = 'undefined_object';
    END IF;
    IF user_name = session_user::text THEN
        RAISE EXCEPTION 'satisfecit: you cannot remove yourself' USING ERRCODE = 'object_in_use';
    END IF;
    DELETE FROM satisfecit.server_users WHERE role_name = user_name;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = user_name) THEN
        EXECUTE format('DROP ROLE %I', user_name);
    END IF;
END $$;
--;
CREATE OR REPLACE FUNCTION satisfecit.list_users()
    RETURNS TABLE (user_name TEXT, role TEXT, landlord_code TEXT, can_login BOOLEAN)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = satisfecit, pg_temp AS $$
BEGIN
    IF NOT satisfecit.i_am_admin() THEN
        RAISE EXCEPTION 'satisfecit: only an administrator may list users' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY
    SELECT u.role_name, CASE WHEN u.is_admin THEN 'admin' ELSE 'landlord' END, u.landlord_code,
           COALESCE(r.rolcanlogin, false)
    FROM satisfecit.server_users u LEFT JOIN pg_roles r ON r.rolname = u.role_name
    ORDER BY u.role_name;
END $$;
--;
GRANT EXECUTE ON FUNCTION satisfecit.session_role(), satisfecit.my_peer_position(BIGINT),
    satisfecit.my_raked_weights(BIGINT),
    satisfecit.my_landlord_code(), satisfecit.my_landlord_id(), satisfecit.i_am_admin()
    TO satisfecit_admin, satisfecit_landlord;
--;
GRANT EXECUTE ON FUNCTION satisfecit.add_user(TEXT, TEXT, TEXT), satisfecit.remove_user(TEXT),
    satisfecit.list_users() TO satisfecit_admin;
--;
-- Row-level security on every table but store_meta: admins of this store
-- see every row; nobody else sees any row unless a policy below says so.
DO $$
DECLARE
    t TEXT;
BEGIN
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'satisfecit' AND tablename <> 'store_meta' LOOP
        EXECUTE format('ALTER TABLE satisfecit.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('DROP POLICY IF EXISTS admin_all ON satisfecit.%I', t);
        EXECUTE format('CREATE POLICY admin_all ON satisfecit.%I TO satisfecit_admin '
                       'USING ((SELECT satisfecit.i_am_admin())) WITH CHECK ((SELECT satisfecit.i_am_admin()))', t);
        EXECUTE format('DROP POLICY IF EXISTS landlord_read ON satisfecit.%I', t);
    END LOOP;
    -- The region's codebook, waves, segment names and anonymous summaries.
    FOREACH t IN ARRAY ARRAY['questions', 'question_options', 'waves', 'segment_columns',
                             'wave_peer_summaries', 'wave_weightings'] LOOP
        EXECUTE format('CREATE POLICY landlord_read ON satisfecit.%I FOR SELECT TO satisfecit_landlord '
                       'USING ((SELECT satisfecit.my_landlord_code()) IS NOT NULL)', t);
    END LOOP;
    -- Its own respondents: every chunk row holds one landlord's respondents.
    FOREACH t IN ARRAY ARRAY['wave_landlords', 'respondents', 'answer_columns', 'segment_codes'] LOOP
        EXECUTE format('CREATE POLICY landlord_read ON satisfecit.%I FOR SELECT TO satisfecit_landlord '
                       'USING (landlord_id = (SELECT satisfecit.my_landlord_id()))', t);
    END LOOP;
END $$;
--;
CREATE POLICY landlord_read ON satisfecit.landlords FOR SELECT TO satisfecit_landlord
    USING (id = (SELECT satisfecit.my_landlord_id()));
--;
-- Published figures of the region, QPV and hors QPV, and of its own landlord.
CREATE POLICY landlord_read ON satisfecit.published_figures FOR SELECT TO satisfecit_landlord
    USING ((SELECT satisfecit.my_landlord_code()) IS NOT NULL
           AND (segment IN ('ensemble', 'qpv', 'hors_qpv') OR segment = (SELECT satisfecit.my_landlord_code())));
--;
-- Its own landlord's design (schema step 2, landlorddesign.h): what the
-- errors of its own groups need of the whole wave, one row per landlord
-- written by the administrators' clients; each user reads its own row only.
GRANT SELECT ON satisfecit.wave_landlord_designs TO satisfecit_landlord;
--;
CREATE POLICY landlord_read ON satisfecit.wave_landlord_designs FOR SELECT TO satisfecit_landlord
    USING (landlord_id = (SELECT satisfecit.my_landlord_id()));
--;
-- Its own landlord's values of the segment columns (schema step 4,
-- landlordsegments.h): the others' replaced by null.
GRANT SELECT ON satisfecit.wave_landlord_segments TO satisfecit_landlord;
--;
CREATE POLICY landlord_read ON satisfecit.wave_landlord_segments FOR SELECT TO satisfecit_landlord
    USING (landlord_id = (SELECT satisfecit.my_landlord_id()));
--;
INSERT INTO satisfecit.store_meta (name, value) VALUES ('security_version', '1')
    ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value;
