#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

// Aligned plain-text columns for terminal output.
class TextTable final
{
public:
    explicit TextTable(QStringList header);
    void addRow(QStringList cells);
    void print(QTextStream& out) const;

private:
    QList<QStringList> m_rows;
};
