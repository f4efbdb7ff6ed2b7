#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;
class QWebEngineView;

namespace galley {

// Ctrl+F: finds text in the saved page or, while it is shown instead, the article text view.
// Enter / F3 go to the next match, Shift+Enter / Shift+F3 to the previous one, Esc closes;
// "3 of 12" says where the current match is. Case-insensitive unless "Match case" is checked.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    FindBar(QWebEngineView *page, QPlainTextEdit *text, QWidget *parent = nullptr);

    // Find…, Find Next, Find Previous: for a menu; their keys work anywhere in the window.
    QList<QAction *> menuActions() const { return {m_openAction, m_nextAction, m_previousAction}; }

    void open();   // shows the bar with the field focused and its text selected
    void findNext() { find(false); }
    void findPrevious() { find(true); }
    void close();

    QLineEdit *field() const { return m_field; }
    QCheckBox *matchCase() const { return m_matchCase; }
    // "3 of 12", "No matches" or empty.
    QString matchText() const;
    int currentMatch() const { return m_current; }   // 1-based; 0 when none
    int matchCount() const { return m_total; }

signals:
    // After every search, in either view, once its count is known.
    void searched(int current, int total);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void find(bool backward);
    void findInText(bool backward);
    void showResult(int current, int total);
    bool searchesText() const;

    QWebEngineView *m_page;
    QPlainTextEdit *m_text;
    QLineEdit *m_field = nullptr;
    QLabel *m_count = nullptr;
    QCheckBox *m_matchCase = nullptr;
    QToolButton *m_previousButton = nullptr;
    QToolButton *m_nextButton = nullptr;
    QToolButton *m_closeButton = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    int m_current = 0;
    int m_total = 0;
};

} // namespace galley
