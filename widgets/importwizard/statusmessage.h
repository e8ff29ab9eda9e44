#pragma once

#include <QWidget>

class QLabel;

/// A one-paragraph status with an icon saying what kind it is, as the import
/// wizard's pages show their outcome: all good, for information, or a
/// problem (in red).
class StatusMessage : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Plain, Success, Information, Problem };

    explicit StatusMessage(QWidget *parent = nullptr);

    void setMessage(Kind kind, const QString &text);
    void clear() { setMessage(Kind::Plain, QString()); }
    QString text() const;
    Kind kind() const { return m_kind; }
    /// The label holding the text (named "<objectName>" for tests).
    QLabel *label() const { return m_text; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    Kind m_kind = Kind::Plain;
};
