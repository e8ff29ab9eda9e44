#pragma once

#include <QWizardPage>

struct ImportSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

/// First page of the import wizard: the respondent file, and the wave's year
/// (when the file has no year column) and scope. Accepts a file dropped on it.
class ChooseFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ChooseFilePage(ImportSession &session, QWidget *parent = nullptr);

    void setPath(const QString &path);
    bool isComplete() const override;
    bool validatePage() override;

    /// The spin box value that means "the year is in the file".
    static constexpr int YearFromFile = 1989;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void browse();
    void updateHint();
    QString problem() const;

    ImportSession &m_session;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QSpinBox *m_year;
    QComboBox *m_scope;
    QLabel *m_hint;
};
