-- A store as the first release wrote it: schema version 1 (the Version1
-- statements of models/store/migrations.cpp, verbatim), then a small
-- codebook, one wave of 3 respondents and one published figure.
-- tst_store builds a .sqlite from it statement by statement: each statement
-- ends with ";" at the end of a line, and "--" lines are comments.

CREATE TABLE landlords (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL DEFAULT '');
CREATE TABLE questions (
        code TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        theme TEXT NOT NULL,
        label_fr TEXT NOT NULL,
        label_en TEXT NOT NULL DEFAULT '',
        type TEXT NOT NULL CHECK (type IN ('satisfaction4', 'yesno', 'single')),
        parent TEXT,
        is_global INTEGER NOT NULL DEFAULT 0 CHECK (is_global IN (0, 1)));
CREATE TABLE question_options (
        question TEXT NOT NULL REFERENCES questions(code) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        code TEXT NOT NULL,
        label_fr TEXT NOT NULL,
        PRIMARY KEY (question, position));
CREATE TABLE waves (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
        scope TEXT NOT NULL,
        source_file TEXT NOT NULL,
        sha256 TEXT NOT NULL UNIQUE,
        imported_at TEXT NOT NULL,
        respondent_count INTEGER NOT NULL,
        UNIQUE (year, scope));
CREATE TABLE wave_landlords (
        wave_id INTEGER NOT NULL REFERENCES waves(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        landlord_id INTEGER NOT NULL REFERENCES landlords(id),
        PRIMARY KEY (wave_id, position));
CREATE TABLE respondents (
        wave_id INTEGER PRIMARY KEY REFERENCES waves(id) ON DELETE CASCADE,
        ids TEXT NOT NULL,
        landlords BLOB NOT NULL,
        qpv BLOB NOT NULL,
        weights BLOB NOT NULL);
CREATE TABLE answer_columns (
        wave_id INTEGER NOT NULL REFERENCES waves(id) ON DELETE CASCADE,
        question TEXT NOT NULL REFERENCES questions(code),
        position INTEGER NOT NULL,
        type TEXT NOT NULL,
        answers BLOB NOT NULL,
        PRIMARY KEY (wave_id, question));
CREATE TABLE segment_columns (
        wave_id INTEGER NOT NULL REFERENCES waves(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        dictionary TEXT NOT NULL,
        codes BLOB NOT NULL,
        PRIMARY KEY (wave_id, position),
        UNIQUE (wave_id, name));
CREATE TABLE published_figures (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
        scope TEXT NOT NULL,
        question TEXT NOT NULL REFERENCES questions(code),
        segment TEXT NOT NULL,
        option TEXT NOT NULL DEFAULT '',
        score REAL CHECK (score BETWEEN 0 AND 10),
        pct_satisfied REAL CHECK (pct_satisfied BETWEEN 0 AND 100),
        n INTEGER CHECK (n >= 0),
        source TEXT NOT NULL DEFAULT '',
        UNIQUE (year, scope, question, segment, option));

-- 0x53415446, 'SATF'
PRAGMA application_id = 1396790342;
PRAGMA user_version = 1;

INSERT INTO questions (code, position, theme, label_fr, label_en, type, parent, is_global) VALUES
    ('Q01', 0, 'global', 'Satisfaction globale vis-à-vis du bailleur', 'Overall satisfaction with the landlord', 'satisfaction4', NULL, 1),
    ('Q04', 1, 'logement', 'Équipements du logement', 'Dwelling equipment', 'satisfaction4', NULL, 0),
    ('Q05', 2, 'logement', 'Chauffage', 'Heating', 'satisfaction4', 'Q04', 0),
    ('Q30', 3, 'information', 'Support d''information préféré', 'Preferred information medium', 'single', NULL, 0),
    ('Q31', 4, 'information', 'Équipé d''un smartphone', 'Owns a smartphone', 'yesno', NULL, 0);
INSERT INTO question_options (question, position, code, label_fr) VALUES
    ('Q30', 0, '1', 'Papier'),
    ('Q30', 1, '2', 'Numérique uniquement');

INSERT INTO landlords (id, code, name) VALUES
    (1, 'LOGIS62', 'LOGIS62'),
    (2, 'HABITAT59', 'HABITAT59');
INSERT INTO waves (id, year, scope, source_file, sha256, imported_at, respondent_count) VALUES
    (1, 2019, 'Hauts-de-France', 'enquete_2019.csv',
     '3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea',
     '2019-11-04T09:30:00Z', 3);
INSERT INTO wave_landlords (wave_id, position, landlord_id) VALUES
    (1, 0, 1),
    (1, 1, 2);
-- Column-wise: ids one per line; landlords as little-endian uint16 positions
-- in wave_landlords; QPV one byte each; weights little-endian float64
-- (1.0, 0.75, 1.5).
INSERT INTO respondents (wave_id, ids, landlords, qpv, weights) VALUES
    (1, 'R001' || char(10) || 'R002' || char(10) || 'R003', X'000001000000', X'010000',
     X'000000000000F03F000000000000E83F000000000000F83F');
-- One byte per respondent: 0 no answer, else the code (see WaveData).
INSERT INTO answer_columns (wave_id, question, position, type, answers) VALUES
    (1, 'Q01', 0, 'satisfaction4', X'010204'),
    (1, 'Q05', 1, 'satisfaction4', X'000302'),
    (1, 'Q30', 2, 'single', X'020100'),
    (1, 'Q31', 3, 'yesno', X'010201');
-- Little-endian uint16 indexes into the dictionary, one per respondent.
INSERT INTO segment_columns (wave_id, position, name, dictionary, codes) VALUES
    (1, 0, 'departement', '["62","59"]', X'000001000000');

INSERT INTO published_figures (year, scope, question, segment, option, score, pct_satisfied, n, source) VALUES
    (2016, 'Hauts-de-France', 'Q01', 'ensemble', '', 7.6, 84.5, 4012, 'Rapport régional 2016');
