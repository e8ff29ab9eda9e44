#pragma once

#include <QWizardPage>

struct ImportSession;
class QComboBox;
class QLabel;
class QStandardItemModel;
class TableView;

/// Second page: the header and first rows as the readers see them, with the
/// detected encoding and delimiter (text files) or sheet (Excel) in combo
/// boxes; choosing another value reads the file again with it.
class PreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PreviewPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    static constexpr int PreviewRows = 50;

private:
    void reload();
    void chooseEncoding();
    void chooseDelimiter();
    void chooseSheet();
    void showProblem(const QString &message);

    ImportSession &m_session;
    QLabel *m_encodingLabel;
    QComboBox *m_encoding;
    QLabel *m_delimiterLabel;
    QComboBox *m_delimiter;
    QLabel *m_sheetLabel;
    QComboBox *m_sheet;
    QLabel *m_status;
    QLabel *m_problem;
    QStandardItemModel *m_model;
    TableView *m_table;
    QString m_loadedPath;
    bool m_readable = false;
};
