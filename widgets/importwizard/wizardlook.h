#pragma once

#include <QHeaderView>
#include <QTableView>

/// Rows one line of text tall: the wizard's tables list many short values,
/// and the style's default (30 px in Qt 6) shows half as many.
inline void compactRows(QTableView *view)
{
    view->verticalHeader()->setMinimumSectionSize(view->fontMetrics().height() + 2);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
}
