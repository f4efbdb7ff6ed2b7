#pragma once

#include <QWidget>

class QLabel;
class QListView;

namespace galley {

struct Article;
class ArticleBlockModel;

// The right-hand side of the window: the article's metadata above its blocks.
// Reads the block model; emits which block the reader picked.
class ArticlePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticlePanel)

public:
    explicit ArticlePanel(ArticleBlockModel *model, QWidget *parent = nullptr);

    void showMetadata(const Article &article);
    void clear();
    QListView *blockView() const { return m_blocks; }
    QString titleText() const;

signals:
    void blockActivated(int row);

private:
    QLabel *m_title = nullptr;
    QLabel *m_byline = nullptr;
    QLabel *m_published = nullptr;
    QLabel *m_site = nullptr;
    QLabel *m_language = nullptr;
    QLabel *m_counts = nullptr;
    QListView *m_blocks = nullptr;
};

} // namespace galley
