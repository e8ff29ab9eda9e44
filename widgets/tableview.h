#pragma once

#include <QTableView>

/// A sortable table that copies its selection (or everything, when nothing
/// is selected) as tab-separated text with Ctrl+C, so that it pastes into a
/// spreadsheet.
class TableView : public QTableView
{
    Q_OBJECT

public:
    explicit TableView(QWidget *parent = nullptr);

    /// The selected cells, or the whole table, as tab-separated lines with the
    /// header first.
    QString selectionAsText() const;
    void copy() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
};
