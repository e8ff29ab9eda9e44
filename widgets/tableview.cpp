#include "tableview.h"

#include "appsettings.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QToolTip>

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
    // Long headers over short figures ("Évolution significative") wrap to
    // two lines rather than widen the column or lose their ends.
    horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    horizontalHeader()->viewport()->installEventFilter(this);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &TableView::showHeaderMenu);
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
    // In the order on screen (a column plan moves the key figures first).
    std::sort(columns.begin(), columns.end(), [this](int a, int b) {
        return horizontalHeader()->visualIndex(a) < horizontalHeader()->visualIndex(b);
    });
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

namespace {

// Past this, a column of short values is not widened to a long header: the
// header is elided and whole in its tooltip.
constexpr int MaxFigureColumnWidth = 90;
constexpr int MinLabelWidth = 120;

} // namespace

void TableView::setColumnPlan(const QList<int> &first, int elided, const QList<int> &hidden)
{
    m_first = first;
    m_elided = elided;
    m_hiddenByDefault = hidden;
    m_hidden.reset();
    m_planned = true;
    horizontalHeader()->setStretchLastSection(false);
    fitColumns();
}

void TableView::setColumnToolTip(int column, const QString &text)
{
    m_toolTips.insert(column, text);
}

QString TableView::hiddenKey() const
{
    return QStringLiteral("tables/%1/hiddenColumns").arg(objectName());
}

void TableView::placeColumns()
{
    QHeaderView *header = horizontalHeader();
    const int columns = model() ? model()->columnCount() : 0;
    for (int i = 0; i < m_first.size(); ++i)
        if (m_first[i] < columns && header->visualIndex(m_first[i]) != i)
            header->moveSection(header->visualIndex(m_first[i]), i);
    // Read once, not on every model reset.
    if (!m_hidden) {
        const QSettings &settings = appSettings();
        m_hidden = m_hiddenByDefault;
        if (settings.contains(hiddenKey())) {
            m_hidden->clear();
            for (const QVariant &v : settings.value(hiddenKey()).toList())
                *m_hidden << v.toInt();
        }
    }
    for (int c = 0; c < columns; ++c)
        setColumnHidden(c, m_hidden->contains(c));
}

void TableView::fitColumns()
{
    if (!model())
        return;
    if (!m_planned) {
        // No plan: as wide as the content, long labels capped.
        resizeColumnsToContents();
        for (int column = 0; column < model()->columnCount(); ++column)
            setColumnWidth(column, std::min(columnWidth(column), 240));
        return;
    }
    placeColumns();
    QHeaderView *header = horizontalHeader();
    // A model reset forgets the widths. Measuring text is what costs: when
    // every column holds texts as long as at the last fit (a filter change
    // that moves the figures), the widths found then are put back.
    const QList<qint64> signature = contentSignature();
    const bool same = signature == m_signature;
    if (!same) {
        m_signature = signature;
        m_widths.clear();
        m_elidedWanted = -1;
    }
    for (int c = 0; c < model()->columnCount(); ++c) {
        if (isColumnHidden(c) || c == m_elided)
            continue;
        if (!same || !m_widths.contains(c)) {
            const int content = sizeHintForColumn(c);
            const int title = header->sectionSizeHint(c);
            m_widths.insert(c, std::max(content, std::min(title, std::max(content, MaxFigureColumnWidth))) + 4);
        }
        setColumnWidth(c, m_widths.value(c));
    }
    shareWidth();
    // Room for headers wrapped on two lines.
    header->setMinimumHeight(2 * header->fontMetrics().lineSpacing() + 8);
}

QList<qint64> TableView::contentSignature() const
{
    const QAbstractItemModel *m = model();
    QList<qint64> signature{m->rowCount(), m->columnCount()};
    for (int c = 0; c < m->columnCount(); ++c) {
        if (isColumnHidden(c)) {
            signature << -1;
            continue;
        }
        qsizetype longest = 0;
        for (int r = 0; r < m->rowCount(); ++r)
            longest = std::max(longest, m->index(r, c).data().toString().size());
        signature << longest << qint64(qHash(m->headerData(c, Qt::Horizontal).toString()));
    }
    return signature;
}

void TableView::shareWidth()
{
    if (!m_planned || m_elided < 0 || !model() || m_elided >= model()->columnCount() || isColumnHidden(m_elided))
        return;
    int others = 0;
    for (int c = 0; c < model()->columnCount(); ++c)
        if (c != m_elided && !isColumnHidden(c))
            others += columnWidth(c);
    const int room = viewport()->width() - others - 2;
    if (m_elidedWanted < 0)
        m_elidedWanted = std::max(sizeHintForColumn(m_elided), horizontalHeader()->sectionSizeHint(m_elided));
    setColumnWidth(m_elided, std::clamp(room, MinLabelWidth, std::max(MinLabelWidth, m_elidedWanted)));
}

void TableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    shareWidth();
}

bool TableView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == horizontalHeader()->viewport() && event->type() == QEvent::ToolTip && model()) {
        // The whole header (elided on screen), with what the column means.
        const auto *help = static_cast<QHelpEvent *>(event);
        const int column = horizontalHeader()->logicalIndexAt(help->pos());
        if (column >= 0) {
            QString text = model()->headerData(column, Qt::Horizontal).toString();
            if (m_toolTips.contains(column))
                text += QStringLiteral("\n") + m_toolTips.value(column);
            QToolTip::showText(help->globalPos(), text, horizontalHeader());
            return true;
        }
    }
    return QTableView::eventFilter(watched, event);
}

void TableView::showHeaderMenu(const QPoint &pos)
{
    if (!model())
        return;
    QMenu menu(this);
    menu.addSection(tr("Columns shown"));
    QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction *action = menu.addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool shown) { setDetailShown(column, shown); });
    }
    menu.exec(header->viewport()->mapToGlobal(pos));
}

void TableView::setDetailShown(int column, bool shown)
{
    setColumnHidden(column, !shown);
    QVariantList hidden;
    m_hidden = QList<int>();
    for (int c = 0; c < model()->columnCount(); ++c)
        if (isColumnHidden(c)) {
            hidden << c;
            *m_hidden << c;
        }
    appSettings().setValue(hiddenKey(), hidden);
    fitColumns();
}
