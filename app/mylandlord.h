#pragma once

#include <QObject>

class FilterBar;
QT_BEGIN_NAMESPACE
class QAction;
class QWidget;
QT_END_NAMESPACE

/// The "Mon organisme" preference: the landlord a quality manager works
/// for. The window opens every store on it (when its wave has it), so the
/// landlord view with the region beside it is the first thing shown.
class MyLandlord : public QObject
{
    Q_OBJECT

public:
    MyLandlord(FilterBar *filterBar, QWidget *window);

    QAction *action() const { return m_action; }
    void retranslate();

    /// The remembered landlord code, or empty (the whole region).
    static QString code();
    static void setCode(const QString &code);
    /// Selects the remembered landlord in the filter bar when the wave has it.
    void apply() const;
    /// The preference dialog: the wave's landlords and "none".
    void choose();

private:
    FilterBar *m_filterBar;
    QWidget *m_window;
    QAction *m_action;
};
