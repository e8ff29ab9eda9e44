// The fixture shared by the RespondentImporter tests: a store in a fresh
// folder that already holds a wave, and the means to check that an import
// left it unchanged.
#pragma once

#include "respondentimporter.h"
#include "store.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

/// The wave every test's store holds before the test starts.
inline const QByteArray Baseline = "id;annee;bailleur;qpv;Q01\nB1;2020;OPH A;1;1\nB2;2020;OPH B;0;2\n";

/// A respondent file of count rows for the given year; from row firstBad on
/// (when >= 0), every Q01 answer is the invalid 7.
QByteArray rows(int count, int firstBad = -1, int year = 2023);

const WaveData::AnswerColumn *answersOf(const WaveData &data, const QString &code);

/// Base of the RespondentImporter test classes: their init() calls
/// initStore() and their cleanup() cleanupStore().
class RespondentImportFixture : public QObject
{
protected:
    /// A new store in a new folder, holding Baseline as wave 2020.
    void initStore();
    void cleanupStore();

    QString path(const QString &name) const { return m_dir->filePath(name); }
    ImportResult import(const QString &file, ImportOptions options = {});
    QString write(const QString &name, const QByteArray &bytes);
    void snapshot();
    void verifyUnchanged();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_baselineId = 0;
    QStringList m_dump, m_waves, m_codebook;
};
