#pragma once

#include "tableview.h"

#include <QWidget>

class QLabel;
class QPushButton;
class Store;
class WaveListModel;

/// The Data page: the waves in the store with their source files and
/// fingerprints; import more, delete a wave (after confirmation), remove the
/// demo data.
class DataPage : public QWidget
{
    Q_OBJECT

public:
    explicit DataPage(QWidget *parent = nullptr);

    void setStore(Store *store);
    /// Opens the weighting dialog on the wave (also offered after an import).
    void openWeighting(qint64 waveId);
    void reload();
    QTableView *view() const { return m_view; }

signals:
    void importSurveyRequested();
    void importCodebookRequested();
    void importPublishedRequested();
    /// A wave or the demo data was removed: every page must reload.
    void storeChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void deleteSelectedWave();
    void weightSelectedWave();
    void removeDemoData();
    void updateButtons();

    Store *m_store = nullptr;
    WaveListModel *m_model;
    QLabel *m_title;
    TableView *m_view;
    QPushButton *m_importSurvey;
    QPushButton *m_importCodebook;
    QPushButton *m_importPublished;
    QPushButton *m_deleteWave;
    QPushButton *m_weightWave;
    QPushButton *m_removeDemo;
};
