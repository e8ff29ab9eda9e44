#pragma once

#include "readers/readerror.h"

#include <QWizardPage>

#include <vector>

struct ImportSession;
class QComboBox;
class QLabel;
class QStandardItemModel;
class StatusMessage;
class TableView;

/// Third page: what each column of the file holds (identifier, year,
/// landlord, QPV, weight, a question of the codebook, or a segment), with the
/// missing required columns in red. Next stays disabled until none is missing.
class ColumnsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ColumnsPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    ImportSession &m_session;
    QLabel *m_summary;
    QComboBox *m_design; ///< "Plan de sondage": no strata, or the column holding them
    StatusMessage *m_problems;
    QStandardItemModel *m_model;
    TableView *m_table;
    std::vector<ReadError> m_errors;
};
