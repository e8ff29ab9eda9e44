#pragma once

#include <QMenu>

/// File → Recent stores: the stores opened last, most recent first,
/// remembered in the settings; choosing one emits storeChosen().
class RecentStoresMenu : public QMenu
{
    Q_OBJECT

public:
    explicit RecentStoresMenu(QWidget *parent = nullptr);

    /// Puts path first (once) and forgets the oldest beyond the limit.
    void add(const QString &path);

signals:
    void storeChosen(const QString &path);

private:
    void rebuild();
};
