#include "tableview.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>

#include <map>

TableView::TableView(QWidget *parent)
    : QTableView(parent)
{
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
}

QString TableView::selectionAsText() const
{
    const QAbstractItemModel *m = model();
    if (!m)
        return QString();
    std::map<int, std::map<int, QString>> cells; // sorted by view row and column
    const QModelIndexList selected = selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    QList<int> columns;
    if (selected.isEmpty()) {
        for (int r = 0; r < m->rowCount(); ++r)
            for (int c = 0; c < m->columnCount(); ++c)
                if (!isColumnHidden(c))
                    cells[r][c] = m->index(r, c).data().toString();
    } else {
        for (const QModelIndex &i : selected)
            if (!isColumnHidden(i.column()))
                cells[i.row()][i.column()] = i.data().toString();
    }
    for (const auto &[row, line] : cells)
        for (const auto &[column, text] : line)
            if (!columns.contains(column))
                columns << column;
    std::sort(columns.begin(), columns.end());
    const auto clean = [](QString text) {
        return text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    };
    QStringList lines;
    QStringList header;
    for (int c : columns)
        header << clean(m->headerData(c, Qt::Horizontal).toString());
    lines << header.join(QLatin1Char('\t'));
    for (const auto &[row, line] : cells) {
        QStringList fields;
        for (int c : columns)
            fields << clean(line.count(c) ? line.at(c) : QString());
        lines << fields.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void TableView::copy() const
{
    QApplication::clipboard()->setText(selectionAsText());
}

void TableView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        copy();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}
