// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "DefaultsDialog.h"

#include "ConfigInheritance.h"
#include "MonitoringFields.h"
#include "OptionalSpinBox.h"
#include "RetentionFields.h"
#include "RetryEdit.h"
#include "ScheduleField.h"
#include "config/keys/ConfigKeyNames.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace larder {

namespace {

const QString kDefaults = tables::defaults;

QString builtInText(const QString& key)
{
    return ConfigInheritance::describe(ConfigDocument(), {}, key);
}

QVariant textValue(const QLineEdit* edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

DefaultsDialog::DefaultsDialog(ConfigDocument document, QWidget* parent)
    : SectionDialog(std::move(document), parent), m_schedule(new ScheduleField(this)),
      m_formatCombo(new QComboBox(this)), m_compressionSpin(new OptionalSpinBox(0, 9, this)),
      m_maxParallelSpin(new OptionalSpinBox(1, 64, this)),
      m_connectTimeoutSpin(new OptionalSpinBox(1, 3600, this)), m_timeoutEdit(new QLineEdit(this)),
      m_retryEdit(new RetryEdit(this)),
      m_retention(new RetentionFields(original().sectionNames(tables::servers), this)),
      m_monitoring(new MonitoringFields(MonitoringFields::Scope::Defaults, this))
{
    setWindowTitle(tr("Defaults"));
    const ConfigDocument& doc = original();

    m_formatCombo->setObjectName(QStringLiteral("formatCombo"));
    m_formatCombo->setAccessibleName(tr("Dump format"));
    m_compressionSpin->setObjectName(QStringLiteral("compressionSpin"));
    m_compressionSpin->setAccessibleName(tr("Compression level"));
    m_maxParallelSpin->setObjectName(QStringLiteral("maxParallelSpin"));
    m_maxParallelSpin->setAccessibleName(tr("Dumps at once in a whole run"));
    m_connectTimeoutSpin->setObjectName(QStringLiteral("connectTimeoutSpin"));
    m_connectTimeoutSpin->setAccessibleName(tr("Connect timeout in seconds"));
    m_connectTimeoutSpin->setSuffix(tr(" s"));
    m_timeoutEdit->setObjectName(QStringLiteral("timeoutEdit"));
    m_timeoutEdit->setAccessibleName(tr("Dump timeout"));
    m_timeoutEdit->setToolTip(tr("A duration such as \"6 hours\" or \"90 minutes\", or a number of seconds"));

    m_formatCombo->addItem(tr("inherited: %1").arg(builtInText(keys::format)), QVariant());
    for (const char* format : {"custom", "directory", "plain", "tar"})
        m_formatCombo->addItem(QLatin1String(format), QLatin1String(format));

    m_dumpDirEdit = pathRow(tr("&Dump directory:"), keys::dumpDir, QStringLiteral("dumpDirEdit"),
                            tr("Dump directory"), true);
    form()->addRow(tr("Sc&hedule:"), m_schedule);
    form()->addRow(tr("&Format:"), m_formatCombo);
    form()->addRow(tr("&Compression:"), m_compressionSpin);
    form()->addRow(tr("Dumps at &once (whole run):"), m_maxParallelSpin);
    form()->addRow(tr("Co&nnect timeout:"), m_connectTimeoutSpin);
    form()->addRow(tr("&Timeout per dump:"), m_timeoutEdit);
    form()->addRow(tr("Retry after fail&ure:"), m_retryEdit);
    m_historyEdit = pathRow(tr("H&istory file:"), keys::history, QStringLiteral("historyEdit"),
                            tr("History file"), false);
    m_metricsFileEdit = pathRow(tr("Metric&s file:"), keys::metricsFile, QStringLiteral("metricsFileEdit"),
                                tr("Prometheus metrics file"), false);
    m_metricsFileEdit->setPlaceholderText(tr("not set: no metrics file"));
    m_metricsFileEdit->setToolTip(tr("Rewritten after every run in Prometheus' text format, for "
                                     "node_exporter's textfile collector: a file ending in .prom"));
    form()->addRow(m_retention);
    form()->addRow(m_monitoring);

    m_schedule->setInherited(ConfigInheritance::builtIn(keys::schedule).toString(),
                             builtInText(keys::schedule));
    m_compressionSpin->setInheritedText(builtInText(keys::compression));
    m_maxParallelSpin->setInheritedText(builtInText(keys::maxParallel));
    m_connectTimeoutSpin->setInheritedText(builtInText(keys::connectTimeout));
    m_timeoutEdit->setPlaceholderText(builtInText(keys::timeout));
    m_retryEdit->setPlaceholderText(builtInText(keys::retry));

    m_schedule->setText(doc.value(kDefaults, keys::schedule).toString());
    const QVariant format = doc.value(kDefaults, keys::format);
    if (format.isValid()) {
        int index = m_formatCombo->findData(format.toString());
        if (index < 0) {
            m_formatCombo->addItem(format.toString(), format.toString());
            index = m_formatCombo->count() - 1;
        }
        m_formatCombo->setCurrentIndex(index);
    }
    m_compressionSpin->setStoredValue(doc.value(kDefaults, keys::compression));
    m_maxParallelSpin->setStoredValue(doc.value(kDefaults, keys::maxParallel));
    m_connectTimeoutSpin->setStoredValue(doc.value(kDefaults, keys::connectTimeout));
    m_timeoutEdit->setText(ConfigInheritance::toText(doc.value(kDefaults, keys::timeout)));
    m_retryEdit->setText(ConfigInheritance::toText(doc.value(kDefaults, keys::retry)));
    m_retention->updatePlaceholders(ConfigDocument(), {});
    m_retention->load(doc, kDefaults);
    m_monitoring->updatePlaceholders(ConfigDocument(), {});
    m_monitoring->load(doc, kDefaults);

    connect(m_schedule, &ScheduleField::textChanged, this, &DefaultsDialog::revalidate);
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, &DefaultsDialog::revalidate);
    for (OptionalSpinBox* spin : {m_compressionSpin, m_maxParallelSpin, m_connectTimeoutSpin})
        connect(spin, &QSpinBox::valueChanged, this, &DefaultsDialog::revalidate);
    for (QLineEdit* edit : {m_dumpDirEdit, m_timeoutEdit, static_cast<QLineEdit*>(m_retryEdit), m_historyEdit,
                            m_metricsFileEdit})
        connect(edit, &QLineEdit::textChanged, this, &DefaultsDialog::revalidate);
    connect(m_retention, &RetentionFields::changed, this, &DefaultsDialog::revalidate);
    connect(m_monitoring, &MonitoringFields::changed, this, &DefaultsDialog::revalidate);
    revalidate();
}

DefaultsDialog::~DefaultsDialog() = default;

QLineEdit* DefaultsDialog::pathRow(const QString& label, const QString& key, const QString& objectName,
                                   const QString& accessibleName, bool directory)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(builtInText(key));
    edit->setText(original().value(kDefaults, key).toString());
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setAccessibleName(tr("Choose: %1").arg(accessibleName));
    connect(browse, &QPushButton::clicked, this, [this, edit, key, accessibleName, directory] {
        const QString start =
            edit->text().isEmpty() ? ConfigInheritance::builtIn(key).toString() : edit->text();
        const QString chosen = directory
                                   ? QFileDialog::getExistingDirectory(this, accessibleName, start)
                                   : QFileDialog::getSaveFileName(this, accessibleName, start, QString(),
                                                                  nullptr, QFileDialog::DontConfirmOverwrite);
        if (!chosen.isEmpty())
            edit->setText(chosen);
    });
    auto* row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    form()->addRow(label, row);
    qobject_cast<QLabel*>(form()->labelForField(row))->setBuddy(edit);
    return edit;
}

QString DefaultsDialog::section() const
{
    return kDefaults;
}

QStringList DefaultsDialog::applyTo(ConfigDocument& document) const
{
    document.setValue(kDefaults, keys::dumpDir, textValue(m_dumpDirEdit));
    document.setValue(kDefaults, keys::schedule,
                      m_schedule->text().isEmpty() ? QVariant() : QVariant(m_schedule->text()));
    document.setValue(kDefaults, keys::format, m_formatCombo->currentData());
    document.setValue(kDefaults, keys::compression, m_compressionSpin->storedValue());
    document.setValue(kDefaults, keys::maxParallel, m_maxParallelSpin->storedValue());
    document.setValue(kDefaults, keys::connectTimeout, m_connectTimeoutSpin->storedValue());
    document.setValue(kDefaults, keys::timeout, ConfigInheritance::durationValue(m_timeoutEdit->text()));
    document.setValue(kDefaults, keys::retry, ConfigInheritance::durationValue(m_retryEdit->text()));
    document.setValue(kDefaults, keys::history, textValue(m_historyEdit));
    document.setValue(kDefaults, keys::metricsFile, textValue(m_metricsFileEdit));
    m_retention->applyTo(document, kDefaults);
    m_monitoring->applyTo(document, kDefaults);
    return {};
}

} // namespace larder
