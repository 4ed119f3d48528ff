#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

class Database;

// PostgreSQL: what colleagues change, as it happens. The server's triggers announce each change
// (NOTIFY scrutineer, 'table'); the feed listens on the database's connection and says which
// tables others changed, at most a few times a second. It also looks at the connection every
// few seconds, so that a server gone away is noticed (and connected to again once it is back)
// without waiting for the next save. On a file it does nothing.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    explicit ChangeFeed(Database& db, QObject* parent = nullptr);

    bool isConnected() const { return m_connected; }
    // The pause between looks at the connection (tests shorten it).
    void setHeartbeatInterval(int ms) { m_heartbeat.setInterval(ms); }

signals:
    // Tables changed by another connection (every table after a reconnection: changes may have
    // been missed while away).
    void changed(const QStringList& tables);
    // The server went away (false, with what to tell the person) or came back (true).
    void connectionChanged(bool connected, const QString& message);

private:
    void subscribe();
    void check();

    Database& m_db;
    QSet<QString> m_pending;
    QTimer m_debounce;
    QTimer m_heartbeat;
    bool m_connected = true;
};
