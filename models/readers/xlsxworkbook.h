#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class XlsxPackage;

/// The structure of an .xlsx workbook: its sheets in workbook order and the
/// parts (zip entries) that hold them and the shared strings, found through
/// the package's relationships rather than assumed.
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader) // its messages are the reader's

public:
    struct Sheet
    {
        QString name;
        QString relationId;
        QString part; ///< empty when the relationship is missing
    };

    /// Reads _rels/.rels, the workbook part and its relationships. False on
    /// a missing or malformed part; errorMessage() names it.
    bool read(XlsxPackage &package);
    const QString &errorMessage() const { return m_error; }

    const QString &workbookPart() const { return m_workbookPart; }
    /// Where the shared strings are, xl/sharedStrings.xml unless related elsewhere.
    const QString &sharedStringsPart() const { return m_sharedStringsPart; }
    const QList<Sheet> &sheets() const { return m_sheets; }
    /// The sheet ReadOptions::sheet asks for: empty is the first sheet; an
    /// exact name (case-insensitive) wins over a 1-based position, so that a
    /// sheet named "2023" is found by its name. -1 when there is none.
    qsizetype findSheet(const QString &wanted) const;

private:
    bool readWorkbookLocation(XlsxPackage &package);
    bool readSheets(XlsxPackage &package);
    bool readRelations(XlsxPackage &package);
    QString resolveTarget(const QString &target) const;
    bool fail(const QString &message);

    QString m_workbookPart;
    QString m_sharedStringsPart;
    QList<Sheet> m_sheets;
    QString m_error;
};
