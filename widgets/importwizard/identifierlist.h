#pragma once

#include "identifiercolumns.h"

#include <QWidget>

#include <vector>

class QLabel;
class QListWidget;

/// The columns of a file that identify tenants, each with a check box:
/// checked (the default) drops it; unchecking one keeps it knowingly, which
/// the wave's notes then record.
class IdentifierList : public QWidget
{
    Q_OBJECT

public:
    explicit IdentifierList(QWidget *parent = nullptr);

    void setColumns(const std::vector<IdentifierColumn> &columns);
    QStringList droppedColumns() const;
    QStringList keptColumns() const;
    QListWidget *list() const { return m_list; }

signals:
    void choiceChanged();

private:
    void updateWarning();

    QLabel *m_explanation;
    QListWidget *m_list;
    QLabel *m_warning;
};
