// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "HookCommandEdit.h"

#include "CommandLine.h"

namespace larder {

HookCommandEdit::HookCommandEdit(QWidget* parent) : QLineEdit(parent) {}

QString HookCommandEdit::noneText()
{
    return tr("none");
}

void HookCommandEdit::setStoredValue(const QVariant& value)
{
    m_loaded = value;
    const QStringList argv = value.toStringList();
    if (!value.isValid())
        m_loadedText.clear();
    else if (argv.isEmpty())
        m_loadedText = noneText();
    else
        m_loadedText = CommandLine::join(argv);
    setText(m_loadedText);
    const bool editable = !value.isValid() || CommandLine::isRepresentable(argv);
    setReadOnly(!editable);
    if (!editable) {
        setToolTip(tr("This command has an empty argument, which this field cannot show: edit it in the "
                      "config file."));
    }
}

QVariant HookCommandEdit::storedValue() const
{
    if (text() == m_loadedText)
        return m_loaded;
    const QString line = text().trimmed();
    if (line.isEmpty())
        return {};
    if (line == noneText())
        return QStringList();
    return CommandLine::split(line);
}

} // namespace larder
