#pragma once

#include <QHash>
#include <QList>
#include <QTableView>

#include <optional>

/// A sortable table that copies its selection (or everything, when nothing
/// is selected) as tab-separated text with Ctrl+C, so that it pastes into a
/// spreadsheet.
///
/// With a column plan, the key figures come first and stay in sight: one
/// label column takes the room left (its long texts elided, whole in the
/// tooltip and the copy), the others are as wide as their content, and
/// detail columns are hidden until the user shows them from the header's
/// context menu (remembered per table).
class TableView : public QTableView
{
    Q_OBJECT

public:
    explicit TableView(QWidget *parent = nullptr);

    /// The selected cells, or the whole table, as tab-separated lines with the
    /// header first.
    QString selectionAsText() const;
    void copy() const;

    /// first: logical columns shown first, in this order; elided: the column
    /// that takes the room left (-1: none); hidden: detail columns hidden by
    /// default. Needs an objectName (the key of the remembered choice).
    void setColumnPlan(const QList<int> &first, int elided, const QList<int> &hidden = {});
    /// An explanation shown in the header's tooltip of a logical column.
    void setColumnToolTip(int column, const QString &text);
    /// Applies the plan again and sizes the columns (after a model reset).
    void fitColumns();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showHeaderMenu(const QPoint &pos);
    void setDetailShown(int column, bool shown);
    void placeColumns();
    void shareWidth();
    /// Row and column counts, and per column the longest text's length and
    /// the header: what the widths depend on.
    QList<qint64> contentSignature() const;
    QString hiddenKey() const;

    QList<int> m_first;
    QList<int> m_hiddenByDefault;
    std::optional<QList<int>> m_hidden; ///< the hidden columns, once read from the settings
    int m_elided = -1;
    bool m_planned = false;
    QHash<int, QString> m_toolTips;
    QList<qint64> m_signature;  ///< of the content at the last fit
    QHash<int, int> m_widths;   ///< found at the last fit
    int m_elidedWanted = -1;    ///< the label column's content width, -1: to measure
};
