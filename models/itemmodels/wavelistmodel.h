#pragma once

#include "storetypes.h"

#include <QAbstractTableModel>
#include <QList>

class Store;

/// The waves in the store, for the Data page: year, scope, respondents,
/// source file, fingerprint, import time, demo flag, notes (columns kept
/// knowingly although they identify tenants).
class WaveListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Year, Scope, Respondents, SourceFile, Fingerprint, ImportedAt, Kind, Notes, ColumnCount };
    enum class Role { WaveId = Qt::UserRole + 1 };

    explicit WaveListModel(QObject *parent = nullptr);

    void setStore(Store *store);
    void reload();
    WaveInfo wave(int row) const { return m_waves.value(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Store *m_store = nullptr;
    QList<WaveInfo> m_waves;
};
