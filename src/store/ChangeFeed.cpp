#include "ChangeFeed.h"

#include "Database.h"
#include "StoreSql.h"

#include <QSqlDatabase>
#include <QSqlDriver>

namespace {
const QString kChannel = QStringLiteral("scrutineer");
}

ChangeFeed::ChangeFeed(Database& db, QObject* parent) : QObject(parent), m_db(db)
{
    if (!m_db.isServer())
        return;
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        QStringList tables(m_pending.begin(), m_pending.end());
        tables.sort();
        m_pending.clear();
        if (!tables.isEmpty())
            emit changed(tables);
    });
    m_heartbeat.setInterval(5000);
    connect(&m_heartbeat, &QTimer::timeout, this, &ChangeFeed::check);
    m_heartbeat.start();
    QSqlDriver* driver = m_db.connection().driver();
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
                if (name != kChannel || source == QSqlDriver::SelfSource)
                    return;
                m_pending.insert(payload.toString());
                if (!m_debounce.isActive())
                    m_debounce.start();
            });
    subscribe();
}

void ChangeFeed::subscribe()
{
    QSqlDriver* driver = m_db.connection().driver();
    if (!driver->subscribedToNotifications().contains(kChannel))
        driver->subscribeToNotification(kChannel);
}

void ChangeFeed::check()
{
    try {
        StoreSql::scalar(m_db, QStringLiteral("SELECT 1")); // connects again when the connection was lost
        subscribe();
        if (!m_connected) {
            m_connected = true;
            emit connectionChanged(true, tr("Connected to the server again."));
            emit changed({QStringLiteral("*")});
        }
    } catch (const StoreError& e) {
        if (e.kind() != StoreError::Kind::Unreachable)
            return;
        if (m_connected) {
            m_connected = false;
            emit connectionChanged(false,
                                   tr("The server cannot be reached. What you have typed is kept; Scrutineer "
                                      "connects again by itself when the server is back."));
        }
    }
}
