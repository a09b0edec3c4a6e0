// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "base/Sha256.h"

#include "base/LogCategories.h"

#include <QCryptographicHash>
#include <QLibrary>

#include <optional>

namespace larder {

namespace {

// The few EVP functions needed, declared here so that no OpenSSL headers are required: their
// signatures are the same in OpenSSL 1.1 and 3.
struct EvpMd;
struct EvpMdCtx;
struct Engine;

struct LibCrypto
{
    EvpMdCtx* (*newContext)() = nullptr;
    void (*freeContext)(EvpMdCtx*) = nullptr;
    const EvpMd* (*sha256)() = nullptr;
    int (*digestInit)(EvpMdCtx*, const EvpMd*, Engine*) = nullptr;
    int (*digestUpdate)(EvpMdCtx*, const void*, size_t) = nullptr;
    int (*digestFinal)(EvpMdCtx*, unsigned char*, unsigned int*) = nullptr;
};

std::optional<LibCrypto> resolveLibCrypto()
{
    for (const char* version : {"3", "1.1"}) {
        QLibrary library(QStringLiteral("crypto"), QString::fromLatin1(version));
        if (!library.load())
            continue;
        LibCrypto crypto;
        const auto resolve = [&](auto& function, const char* name) {
            function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(library.resolve(name));
            return function != nullptr;
        };
        if (resolve(crypto.newContext, "EVP_MD_CTX_new") && resolve(crypto.freeContext, "EVP_MD_CTX_free") &&
            resolve(crypto.sha256, "EVP_sha256") && resolve(crypto.digestInit, "EVP_DigestInit_ex") &&
            resolve(crypto.digestUpdate, "EVP_DigestUpdate") &&
            resolve(crypto.digestFinal, "EVP_DigestFinal_ex")) {
            qCDebug(lcEngine) << "SHA-256 through" << library.fileName();
            return crypto; // never unloaded
        }
        library.unload();
    }
    qCDebug(lcEngine) << "SHA-256 through QCryptographicHash: libcrypto could not be loaded";
    return std::nullopt;
}

const LibCrypto* libCrypto()
{
    static const std::optional<LibCrypto> loaded = resolveLibCrypto();
    return loaded ? &*loaded : nullptr;
}

} // namespace

struct Sha256::State
{
    const LibCrypto* crypto = nullptr;
    EvpMdCtx* context = nullptr;
    std::optional<QCryptographicHash> qtHash;
};

Sha256::Sha256(Backend backend) : m_state(std::make_unique<State>())
{
    if (backend == Backend::Automatic) {
        if (const LibCrypto* crypto = libCrypto()) {
            EvpMdCtx* context = crypto->newContext();
            if (context && crypto->digestInit(context, crypto->sha256(), nullptr) == 1) {
                m_state->crypto = crypto;
                m_state->context = context;
                return;
            }
            if (context)
                crypto->freeContext(context);
        }
    }
    m_state->qtHash.emplace(QCryptographicHash::Sha256);
}

Sha256::~Sha256()
{
    if (m_state->context)
        m_state->crypto->freeContext(m_state->context);
}

bool Sha256::usesLibCrypto() const
{
    return m_state->context != nullptr;
}

void Sha256::addData(QByteArrayView data)
{
    if (m_state->context) {
        // EVP_DigestUpdate cannot fail for SHA-256 in software once initialised.
        m_state->crypto->digestUpdate(m_state->context, data.data(), size_t(data.size()));
        return;
    }
    m_state->qtHash->addData(data);
}

QByteArray Sha256::result()
{
    if (m_state->context) {
        QByteArray digest(32, Qt::Uninitialized);
        unsigned int length = 0;
        m_state->crypto->digestFinal(m_state->context, reinterpret_cast<unsigned char*>(digest.data()),
                                     &length);
        digest.truncate(int(length));
        return digest;
    }
    return m_state->qtHash->result();
}

QByteArray Sha256::hash(QByteArrayView data, Backend backend)
{
    Sha256 sha(backend);
    sha.addData(data);
    return sha.result();
}

bool Sha256::libCryptoAvailable()
{
    return libCrypto() != nullptr;
}

} // namespace larder
