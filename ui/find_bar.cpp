#include "find_bar.h"

#include <QAction>
#include <QApplication>
#include <QPointer>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QToolButton>
#include <QWebEngineFindTextResult>
#include <QWebEnginePage>
#include <QWebEngineView>

namespace galley {

namespace {

QToolButton *barButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setAccessibleName(name);
    button->setToolTip(name);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

} // namespace

FindBar::FindBar(QWebEngineView *page, QPlainTextEdit *text, QWidget *parent)
    : QWidget(parent)
    , m_page(page)
    , m_text(text)
{
    setObjectName(QStringLiteral("findBar"));
    setAccessibleName(tr("Find in page"));
    auto *label = new QLabel(tr("Find:"), this);
    m_field = new QLineEdit(this);
    m_field->setAccessibleName(tr("Text to find"));
    m_field->setAccessibleDescription(tr("Enter: next match; Shift+Enter: previous match; Esc: close"));
    m_field->setClearButtonEnabled(true);
    label->setBuddy(m_field);
    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Matches"));
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(QStringLiteral("000 of 000")));
    m_previousButton = barButton(QStringLiteral("\u25b2"), tr("Previous match"), this);
    m_nextButton = barButton(QStringLiteral("\u25bc"), tr("Next match"), this);
    m_matchCase = new QCheckBox(tr("Match &case"), this);
    m_matchCase->setAccessibleName(tr("Match case"));
    m_closeButton = barButton(QStringLiteral("\u2715"), tr("Close the find bar"), this);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->setSpacing(4);
    layout->addWidget(label);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previousButton);
    layout->addWidget(m_nextButton);
    layout->addWidget(m_matchCase);
    layout->addWidget(m_closeButton);

    m_openAction = new QAction(tr("&Find\u2026"), this);
    m_openAction->setShortcut(QKeySequence::Find);
    m_nextAction = new QAction(tr("Find &Next"), this);
    m_nextAction->setShortcut(QKeySequence(Qt::Key_F3));
    m_previousAction = new QAction(tr("Find Pre&vious"), this);
    m_previousAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    for (QAction *action : menuActions())
        action->setShortcutContext(Qt::WindowShortcut);
    connect(m_openAction, &QAction::triggered, this, &FindBar::open);
    connect(m_nextAction, &QAction::triggered, this, &FindBar::findNext);
    connect(m_previousAction, &QAction::triggered, this, &FindBar::findPrevious);
    connect(m_nextButton, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previousButton, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_closeButton, &QToolButton::clicked, this, &FindBar::close);
    connect(m_matchCase, &QCheckBox::toggled, this, [this] { find(false); });
    // Finding as one types starts again from the top; the page moves on from its current match.
    connect(m_field, &QLineEdit::textEdited, this, [this] {
        if (searchesText())
            m_text->moveCursor(QTextCursor::Start);
        find(false);
    });
    m_field->installEventFilter(this);
    hide();
}

void FindBar::open()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    if (!m_field->text().isEmpty())
        find(false);
}

void FindBar::close()
{
    if (m_page)
        m_page->page()->findText(QString());   // drops the page's match highlights
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    hide();
    showResult(0, 0);
    if (hadFocus)
        (searchesText() ? static_cast<QWidget *>(m_text) : m_page)->setFocus(Qt::OtherFocusReason);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            find(key->modifiers().testFlag(Qt::ShiftModifier));
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool FindBar::searchesText() const
{
    return m_text && m_text->isVisibleTo(m_text->window());
}

void FindBar::find(bool backward)
{
    if (!isVisible())
        show();
    const QString wanted = m_field->text();
    if (searchesText()) {
        findInText(backward);
        return;
    }
    if (!m_page)
        return;
    QWebEnginePage::FindFlags flags;
    if (backward)
        flags |= QWebEnginePage::FindBackward;
    if (m_matchCase->isChecked())
        flags |= QWebEnginePage::FindCaseSensitively;
    QPointer<FindBar> self(this);
    m_page->page()->findText(wanted, flags, [self, wanted](const QWebEngineFindTextResult &result) {
        if (self && self->m_field->text() == wanted)
            self->showResult(result.activeMatch(), result.numberOfMatches());
    });
}

void FindBar::findInText(bool backward)
{
    const QString wanted = m_field->text();
    QTextDocument::FindFlags flags;
    if (m_matchCase->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    if (wanted.isEmpty()) {
        QTextCursor cursor = m_text->textCursor();
        cursor.clearSelection();
        m_text->setTextCursor(cursor);
        showResult(0, 0);
        return;
    }
    QList<int> starts;
    QList<int> ends;
    QTextDocument *document = m_text->document();
    for (QTextCursor match = document->find(wanted, 0, flags); !match.isNull(); match = document->find(wanted, match, flags)) {
        starts.append(match.selectionStart());
        ends.append(match.selectionEnd());
    }
    if (starts.isEmpty()) {
        showResult(0, 0);
        return;
    }
    const QTextCursor cursor = m_text->textCursor();
    // From the current match (or the cursor) on, wrapping around at either end.
    int at = -1;
    if (backward) {
        const int before = cursor.selectionStart();
        for (int i = int(starts.size()) - 1; i >= 0 && at < 0; --i) {
            if (starts.at(i) < before)
                at = i;
        }
        if (at < 0)
            at = int(starts.size()) - 1;
    } else {
        const int from = cursor.hasSelection() ? cursor.selectionStart() + 1 : cursor.position();
        for (int i = 0; i < starts.size() && at < 0; ++i) {
            if (starts.at(i) >= from)
                at = i;
        }
        if (at < 0)
            at = 0;
    }
    QTextCursor found(document);
    found.setPosition(starts.at(at));
    found.setPosition(ends.at(at), QTextCursor::KeepAnchor);
    m_text->setTextCursor(found);
    m_text->ensureCursorVisible();
    showResult(at + 1, int(starts.size()));
}

void FindBar::showResult(int current, int total)
{
    m_current = current;
    m_total = total;
    m_count->setText(matchText());
    QPalette palette = m_field->palette();
    palette.setColor(QPalette::Base, total == 0 && !m_field->text().isEmpty() && isVisible()
                                         ? QColor(255, 220, 220) : QWidget::palette().color(QPalette::Base));
    m_field->setPalette(palette);
    emit searched(current, total);
}

QString FindBar::matchText() const
{
    if (m_field->text().isEmpty() || !isVisible())
        return {};
    if (m_total == 0)
        return tr("No matches");
    return tr("%1 of %2").arg(m_current).arg(m_total);
}

} // namespace galley
