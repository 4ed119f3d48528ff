#pragma once

#include "store/ActionRepository.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// Chasing overdue actions before the meeting: one e-mail draft per owner (an .eml file that mail
// programs open as an unsent message, or a mailto: link) and a printable list of every owner's
// overdue actions.
namespace ChaseLetters {

// Who the chase comes from: the signed-in clerk, signing with their name, job title and address.
struct Sender
{
    QString name, jobTitle, organisation, email;
};

// What every letter of one chase shares.
struct Context
{
    QString committee; // its name; empty when the chase covers every committee
    QDate today;
    QDate nextMeeting; // invalid when none is scheduled
    Sender from;
};

QString subject(const Context& context);
// The letter's text: the owner's overdue actions, each with its reference, due date and the
// meeting it came from, a request for an update before the next meeting (when known), and the
// sender's signature.
QString body(const ActionRepository::ChaseGroup& group, const Context& context);
// An RFC 5322 message marked as a draft (X-Unsent: 1), UTF-8, CRLF line ends; To: the owner's
// address and From: the sender's, when they are known.
QByteArray eml(const ActionRepository::ChaseGroup& group, const Context& context);
QUrl mailto(const ActionRepository::ChaseGroup& group, const Context& context);
// Every owner's overdue actions as HTML for printing (QTextDocument).
QString printableHtml(const QList<ActionRepository::ChaseGroup>& groups, const Context& context);

// Writes one .eml per owner into `folder`; returns the files written, or sets `error` (a message
// for a person) and returns what was written before the failure.
QStringList writeDrafts(const QList<ActionRepository::ChaseGroup>& groups, const QString& folder,
                        const Context& context, QString* error);

} // namespace ChaseLetters
