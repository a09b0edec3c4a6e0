// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "config/SecretReference.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace larder {

namespace {

// Either spelling: as written in a header value, or percent-encoded inside a QUrl.
const QRegularExpression& referencePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("(?:\\{|%7[Bb])secret:([A-Za-z0-9_]+)(?:\\}|%7[Dd])"));
    return pattern;
}

} // namespace

bool SecretReference::isValidName(const QString& name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_]+$"));
    return valid.match(name).hasMatch();
}

QString SecretReference::problem(const QString& text)
{
    static const QRegularExpression opening(QStringLiteral("(?:\\{|%7[Bb])secret"));
    QRegularExpressionMatchIterator openings = opening.globalMatch(text);
    while (openings.hasNext()) {
        const QRegularExpressionMatch start = openings.next();
        const QRegularExpressionMatch whole =
            referencePattern().match(text, start.capturedStart(), QRegularExpression::NormalMatch,
                                     QRegularExpression::AnchorAtOffsetMatchOption);
        if (whole.hasMatch())
            continue;
        // Quote the reference only: up to its closing brace, never the rest of the value.
        qsizetype end = text.indexOf(QLatin1Char('}'), start.capturedStart());
        if (end < 0 || end - start.capturedStart() > 40)
            end = std::min(text.size(), start.capturedStart() + 20) - 1;
        const QString quoted = text.mid(start.capturedStart(), end - start.capturedStart() + 1);
        return tr("'%1' is not a secret reference: write {secret:NAME}, NAME of letters, digits and '_' "
                  "(the secret stored with larder secret set NAME)")
            .arg(quoted);
    }
    return QString();
}

QStringList SecretReference::names(const QString& text)
{
    QStringList names;
    QRegularExpressionMatchIterator matches = referencePattern().globalMatch(text);
    while (matches.hasNext()) {
        const QString name = matches.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

Result<QString> SecretReference::resolve(const QString& text, const Lookup& lookup, bool percentEncode)
{
    QString resolved;
    qsizetype done = 0;
    QRegularExpressionMatchIterator matches = referencePattern().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const Result<QString> value = lookup(match.captured(1));
        if (!value)
            return tl::unexpected<Error>(value.error());
        resolved += text.mid(done, match.capturedStart() - done);
        resolved += percentEncode ? QString::fromLatin1(QUrl::toPercentEncoding(*value)) : *value;
        done = match.capturedEnd();
    }
    resolved += text.mid(done);
    return resolved;
}

} // namespace larder
