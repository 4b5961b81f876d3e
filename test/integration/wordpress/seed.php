<?php
/**
 * php seed.php — run by wp-up.sh on every start (env WPCI_PORT, WPCI_DIR, WPCI_SEED_DATA,
 * WPCI_SEED_JSON, WPCI_ADMIN_PASSWORD).
 *
 * Seeds the data set from WPCI_SEED_DATA (shape: see README.md) idempotently: every author, section,
 * tag, article, featured image and comment is created or updated in place by its slug or key, and
 * what the data set no longer has is deleted; unchanged data (same file, same seed.php) is skipped
 * entirely. Comments posted by tests are left alone. Then it writes seed.json with the WordPress ids
 * and the admin credentials (password and an application password).
 */
require __DIR__ . '/bootstrap.php';
require_once ABSPATH . 'wp-admin/includes/image.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/media.php';
require_once ABSPATH . 'wp-admin/includes/user.php';

const WPCI_IMAGE_VERSION = 2;

function wpci_note(string $msg): void
{
    fwrite(STDERR, "[seed.php] $msg\n");
}

function wpci_fail(string $msg): void
{
    fwrite(STDERR, "[seed.php] ERROR: $msg\n");
    exit(1);
}

/** @return mixed the result, unless it is a WP_Error (or 0/false), which ends the run. */
function wpci_ok($result, string $what)
{
    if (is_wp_error($result)) {
        wpci_fail("$what: " . $result->get_error_message());
    }
    if ($result === 0 || $result === false || $result === null) {
        wpci_fail("$what failed");
    }
    return $result;
}

/** ISO-8601 (any zone; no zone = UTC) → MySQL UTC datetime. */
function wpci_gmt(?string $iso): string
{
    try {
        $date = new DateTimeImmutable($iso ?: '2024-01-01T00:00:00Z', new DateTimeZone('UTC'));
    } catch (Exception $e) {
        wpci_fail("bad date '$iso'");
    }
    return $date->setTimezone(new DateTimeZone('UTC'))->format('Y-m-d H:i:s');
}

/** A slug from a term/author reference: "slug" or {slug, name, …}. */
function wpci_ref($ref): string
{
    $slug = is_array($ref) ? (string) ($ref['slug'] ?? '') : (string) $ref;
    if ($slug === '') {
        wpci_fail('a reference without a slug: ' . json_encode($ref));
    }
    return $slug;
}

// ------------------------------------------------------------------------------------------------
// Read and normalise the data set.

$wpci_data_file = (string) getenv('WPCI_SEED_DATA');
$wpci_raw = @file_get_contents($wpci_data_file);
if ($wpci_raw === false) {
    wpci_fail("cannot read WPCI_SEED_DATA '$wpci_data_file'");
}
try {
    $wpci_data = json_decode($wpci_raw, true, 64, JSON_THROW_ON_ERROR);
} catch (JsonException $e) {
    wpci_fail("$wpci_data_file is not valid JSON: " . $e->getMessage());
}
if (!is_array($wpci_data['articles'] ?? null) || !$wpci_data['articles']) {
    wpci_fail("$wpci_data_file has no articles");
}

/**
 * Collects authors/sections/tags: the top-level lists first (their order is kept), then any object
 * referenced by an article that the lists lack. Returns [slug => record].
 */
function wpci_collect(array $data, string $key): array
{
    $out = [];
    foreach ($data[$key] ?? [] as $item) {
        $out[wpci_ref($item)] = is_array($item) ? $item : ['slug' => $item];
    }
    foreach ($data['articles'] as $article) {
        foreach ($article[$key] ?? [] as $ref) {
            $slug = wpci_ref($ref);
            if (!isset($out[$slug])) {
                $out[$slug] = is_array($ref) ? $ref : ['slug' => $slug];
            }
        }
    }
    foreach ($out as $slug => &$item) {
        $item['slug'] = $slug;
        $item['name'] = (string) ($item['name'] ?? ucwords(str_replace('-', ' ', $slug)));
    }
    return $out;
}

$wpci_authors = wpci_collect($wpci_data, 'authors');
$wpci_sections = wpci_collect($wpci_data, 'sections');
$wpci_tags = wpci_collect($wpci_data, 'tags');
$wpci_articles = [];
foreach ($wpci_data['articles'] as $article) {
    foreach (['slug', 'title'] as $field) {
        if (!is_string($article[$field] ?? null) || $article[$field] === '') {
            wpci_fail("an article without '$field': " . json_encode($article));
        }
    }
    $article['id'] = (string) ($article['id'] ?? $article['slug']);
    $wpci_articles[$article['slug']] = $article;
}
$wpci_comments = [];
foreach ($wpci_data['comments'] ?? [] as $i => $comment) {
    $comment['id'] = (string) ($comment['id'] ?? "comment-$i");
    $wpci_comments[$comment['id']] = $comment;
}

$wpci_admin = get_user_by('login', 'admin');
if (!$wpci_admin) {
    wpci_fail('no admin user: was install.php run?');
}
// As the admin: post content is stored as given (unfiltered_html), like an editor's.
wp_set_current_user($wpci_admin->ID);
$wpci_admin_password = (string) getenv('WPCI_ADMIN_PASSWORD');
if ($wpci_admin_password !== '' && !wp_check_password($wpci_admin_password, $wpci_admin->user_pass, $wpci_admin->ID)) {
    wp_set_password($wpci_admin_password, $wpci_admin->ID);
}

// ------------------------------------------------------------------------------------------------
// Seeding steps.

function wpci_remove_defaults(): void
{
    if (get_option('wpci_defaults_removed')) {
        return;
    }
    foreach (['hello-world' => 'post', 'sample-page' => 'page'] as $slug => $type) {
        $post = get_page_by_path($slug, OBJECT, $type);
        if ($post) {
            wp_delete_post($post->ID, true); // also deletes its comments
        }
    }
    $privacy = (int) get_option('wp_page_for_privacy_policy');
    if ($privacy && get_post($privacy)) {
        wp_delete_post($privacy, true);
    }
    update_option('wp_page_for_privacy_policy', 0);
    update_option('wpci_defaults_removed', 1);
}

function wpci_upsert_term(array $term, string $taxonomy): int
{
    $existing = get_term_by('slug', $term['slug'], $taxonomy);
    $description = (string) ($term['description'] ?? '');
    if ($existing) {
        $id = (int) $existing->term_id;
        if ($existing->name !== $term['name'] || $existing->description !== $description) {
            wpci_ok(wp_update_term($id, $taxonomy, wp_slash(['name' => $term['name'], 'description' => $description])), "update $taxonomy {$term['slug']}");
        }
    } else {
        $result = wpci_ok(wp_insert_term(wp_slash($term['name']), $taxonomy, wp_slash(['slug' => $term['slug'], 'description' => $description])), "insert $taxonomy {$term['slug']}");
        $id = (int) $result['term_id'];
    }
    update_term_meta($id, '_wpci_managed', 1);
    return $id;
}

function wpci_upsert_author(array $author): int
{
    $slug = $author['slug'];
    $name = $author['name'];
    $parts = preg_split('/\s+/', trim($name));
    $last = count($parts) > 1 ? array_pop($parts) : '';
    $fields = [
        'user_nicename' => $slug,
        'display_name' => $name,
        'nickname' => $name,
        'first_name' => implode(' ', $parts),
        'last_name' => $last,
        'description' => (string) ($author['bio'] ?? ''),
        'user_url' => (string) ($author['website'] ?? ''),
        'role' => 'author',
    ];
    $user = get_user_by('slug', $slug);
    if ($user) {
        $fields['ID'] = $user->ID;
        $id = (int) wpci_ok(wp_update_user(wp_slash($fields)), "update user $slug");
    } else {
        $fields['user_login'] = substr($slug, 0, 60);
        $fields['user_email'] = (string) ($author['email'] ?? "$slug@example.com");
        $fields['user_pass'] = wp_generate_password(24);
        $id = (int) wpci_ok(wp_insert_user(wp_slash($fields)), "insert user $slug");
    }
    $role = (string) ($author['role'] ?? '');
    if ($role !== '') {
        update_user_meta($id, 'broadsheet_role', wp_slash($role));
    } else {
        delete_user_meta($id, 'broadsheet_role');
    }
    update_user_meta($id, '_wpci_managed', 1);
    return $id;
}

function wpci_find_post(string $slug, string $type = 'post'): ?WP_Post
{
    $posts = get_posts([
        'name' => $slug,
        'post_type' => $type,
        'post_status' => ['publish', 'draft', 'pending', 'private', 'future', 'inherit'],
        'numberposts' => 1,
        'suppress_filters' => true,
    ]);
    return $posts[0] ?? null;
}

/** HSL (0–360, 0–1, 0–1) → [r, g, b]. */
function wpci_hsl(float $h, float $s, float $l): array
{
    $h = fmod($h, 360) / 360;
    $f = static function (float $t) use ($s, $l): int {
        $q = $l < 0.5 ? $l * (1 + $s) : $l + $s - $l * $s;
        $p = 2 * $l - $q;
        $t = $t < 0 ? $t + 1 : ($t > 1 ? $t - 1 : $t);
        $v = $t < 1 / 6 ? $p + ($q - $p) * 6 * $t : ($t < 1 / 2 ? $q : ($t < 2 / 3 ? $p + ($q - $p) * (2 / 3 - $t) * 6 : $p));
        return (int) round($v * 255);
    };
    return [$f($h + 1 / 3), $f($h), $f($h - 1 / 3)];
}

/** A JPEG with PHP GD: a gradient and shapes in colours picked from the slug, and the title. */
function wpci_make_jpeg(int $w, int $h, string $seed, string $label): string
{
    $hash = md5($seed);
    $hue = hexdec(substr($hash, 0, 3)) % 360;
    $im = imagecreatetruecolor($w, $h);
    [$r1, $g1, $b1] = wpci_hsl($hue, 0.55, 0.28);
    [$r2, $g2, $b2] = wpci_hsl($hue + 45, 0.6, 0.55);
    for ($y = 0; $y < $h; $y++) {
        $t = $y / max(1, $h - 1);
        $c = imagecolorallocate($im, (int) ($r1 + ($r2 - $r1) * $t), (int) ($g1 + ($g2 - $g1) * $t), (int) ($b1 + ($b2 - $b1) * $t));
        imageline($im, 0, $y, $w, $y, $c);
    }
    for ($i = 0; $i < 6; $i++) {
        $n = hexdec(substr($hash, 4 + $i * 4, 4));
        [$r, $g, $b] = wpci_hsl($hue + 120 + 30 * $i, 0.5, 0.6);
        $c = imagecolorallocatealpha($im, $r, $g, $b, 90);
        $size = (int) (min($w, $h) * (0.2 + ($n % 40) / 100));
        imagefilledellipse($im, $n % $w, ($n >> 3) % $h, $size, $size, $c);
    }
    $white = imagecolorallocate($im, 255, 255, 255);
    $shadow = imagecolorallocatealpha($im, 0, 0, 0, 60);
    $font = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
    $margin = (int) ($w * 0.06);
    if (function_exists('imagettftext') && is_readable($font)) {
        $size = max(10, $w / 26);
        $lines = [];
        $line = '';
        foreach (preg_split('/\s+/', $label) as $word) {
            $try = $line === '' ? $word : "$line $word";
            $box = imagettfbbox($size, 0, $font, $try);
            if ($line !== '' && $box[2] - $box[0] > $w - 2 * $margin) {
                $lines[] = $line;
                $line = $word;
            } else {
                $line = $try;
            }
        }
        $lines[] = $line;
        $y = (int) ($h - $margin - (count($lines) - 1) * $size * 1.35);
        foreach ($lines as $text) {
            imagettftext($im, $size, 0, $margin + 3, $y + 3, $shadow, $font, $text);
            imagettftext($im, $size, 0, $margin, $y, $white, $font, $text);
            $y += (int) ($size * 1.35);
        }
    } else {
        // Built-in bitmap font, drawn small and scaled up.
        $text = substr($label, 0, 60);
        $small = imagecreatetruecolor(imagefontwidth(5) * strlen($text) + 4, imagefontheight(5) + 4);
        imagecolortransparent($small, imagecolorallocate($small, 0, 0, 0));
        imagestring($small, 5, 2, 2, $text, imagecolorallocate($small, 255, 255, 255));
        $scale = max(1, (int) floor(($w - 2 * $margin) / imagesx($small)));
        imagecopyresized($im, $small, $margin, $h - $margin - imagesy($small) * $scale, 0, 0, imagesx($small) * $scale, imagesy($small) * $scale, imagesx($small), imagesy($small));
    }
    ob_start();
    imagejpeg($im, null, 82);
    return (string) ob_get_clean();
}

/** Sets (or removes) the article's featured image: a real attachment with generated sizes. */
function wpci_upsert_image(int $post_id, array $article, int $author_id, string $gmt): int
{
    $current = (int) get_post_thumbnail_id($post_id);
    $current_key = $current ? (string) get_post_meta($current, '_wpci_image_key', true) : '';
    $image = $article['image'] ?? null;
    if (!is_array($image)) {
        if ($current_key !== '') {
            wp_delete_attachment($current, true);
        }
        delete_post_thumbnail($post_id);
        return 0;
    }
    $w = max(16, min(4000, (int) ($image['width'] ?? 1200)));
    $h = max(16, min(4000, (int) ($image['height'] ?? round($w * 9 / 16))));
    $alt = (string) ($image['alt'] ?? '');
    $caption = (string) ($image['caption'] ?? '');
    $key = sha1(json_encode([WPCI_IMAGE_VERSION, $article['slug'], $article['title'], $w, $h, $alt, $caption, $image['src'] ?? '']));
    if ($current && $current_key === $key && is_file((string) get_attached_file($current))) {
        return $current;
    }
    if ($current_key !== '') {
        wp_delete_attachment($current, true);
    }
    // GD neither shapes nor reorders right-to-left scripts: label such pictures with the slug.
    $label = preg_match('/^[\p{Latin}\p{Common}\p{Inherited}]*$/u', $article['title'])
        ? $article['title'] : ucwords(str_replace('-', ' ', $article['slug']));
    $bytes = wpci_make_jpeg($w, $h, $article['slug'], $label);
    $upload = wp_upload_bits($article['slug'] . '.jpg', null, $bytes, substr($gmt, 0, 4) . '/' . substr($gmt, 5, 2));
    if (!empty($upload['error'])) {
        wpci_fail("upload for {$article['slug']}: {$upload['error']}");
    }
    $id = (int) wpci_ok(wp_insert_attachment(wp_slash([
        'post_mime_type' => 'image/jpeg',
        'post_title' => $alt !== '' ? $alt : $article['title'],
        'post_name' => $article['slug'] . '-image',
        'post_content' => '',
        'post_excerpt' => $caption,
        'post_status' => 'inherit',
        'post_author' => $author_id,
        'post_date_gmt' => $gmt,
        'post_date' => get_date_from_gmt($gmt),
    ]), $upload['file'], $post_id, true), "attachment for {$article['slug']}");
    wp_update_attachment_metadata($id, wp_generate_attachment_metadata($id, $upload['file']));
    update_post_meta($id, '_wp_attachment_image_alt', wp_slash($alt));
    update_post_meta($id, '_wpci_image_key', $key);
    set_post_thumbnail($post_id, $id);
    return $id;
}

function wpci_upsert_article(array $article, array $author_ids, array $section_ids, array $tag_ids, int $admin_id): int
{
    $author_slugs = array_map('wpci_ref', $article['authors'] ?? []);
    $author_id = $author_slugs ? $author_ids[$author_slugs[0]] : $admin_id;
    $gmt = wpci_gmt($article['publishedAt'] ?? null);
    $excerpt = (string) ($article['excerpt'] ?? '');
    $content = (string) ($article['contentHtml'] ?? '');
    if ($content === '') {
        $content = '<p>' . esc_html($excerpt) . '</p>';
    }
    $categories = array_map(static fn ($ref) => $section_ids[wpci_ref($ref)], $article['sections'] ?? []);
    $fields = [
        'post_type' => 'post',
        'post_status' => 'publish',
        'post_name' => $article['slug'],
        'post_title' => $article['title'],
        'post_excerpt' => $excerpt,
        'post_content' => $content,
        'post_author' => $author_id,
        'post_date_gmt' => $gmt,
        'post_date' => get_date_from_gmt($gmt),
        'edit_date' => true,
        'comment_status' => ($article['commentsOpen'] ?? true) === false ? 'closed' : 'open',
        'ping_status' => 'closed',
        'post_category' => $categories ?: [(int) get_option('default_category')],
    ];
    $existing = wpci_find_post($article['slug']);
    if ($existing) {
        $fields['ID'] = $existing->ID;
        $id = (int) wpci_ok(wp_update_post(wp_slash($fields), true), "update post {$article['slug']}");
    } else {
        $id = (int) wpci_ok(wp_insert_post(wp_slash($fields), true), "insert post {$article['slug']}");
    }
    if ($existing && $existing->post_name !== $article['slug']) {
        wpci_fail("post slug {$article['slug']} became {$existing->post_name}: is the slug taken?");
    }
    $tags = array_map(static fn ($ref) => (int) $tag_ids[wpci_ref($ref)], $article['tags'] ?? []);
    wpci_ok(!is_wp_error(wp_set_object_terms($id, $tags, 'post_tag')), "tags of {$article['slug']}");
    update_post_meta($id, '_wpci_managed', 1);
    update_post_meta($id, '_wpci_source_id', wp_slash($article['id']));
    // WordPress has one author per post; the data set's full list is kept for reference.
    update_post_meta($id, 'broadsheet_authors', $author_slugs);
    wpci_upsert_image($id, $article, $author_id, $gmt);
    // wp_insert_post() stamps "modified" with the current time; use updatedAt (or publishedAt) so
    // the REST "modified" fields are as fixed as the dates.
    global $wpdb;
    $modified = wpci_gmt($article['updatedAt'] ?? $article['publishedAt'] ?? null);
    $wpdb->update($wpdb->posts, ['post_modified_gmt' => $modified, 'post_modified' => get_date_from_gmt($modified)], ['ID' => $id]);
    clean_post_cache($id);
    return $id;
}

function wpci_find_comment(string $key): int
{
    $found = get_comments(['meta_key' => '_wpci_key', 'meta_value' => $key, 'number' => 1, 'status' => 'all', 'fields' => 'ids']);
    return (int) ($found[0] ?? 0);
}

function wpci_upsert_comments(array $comments, array $article_ids, array $authors, array $author_ids): array
{
    $ids = [];
    $todo = $comments;
    while ($todo) {
        $progress = false;
        foreach ($todo as $key => $c) {
            $parent_key = isset($c['parentId']) && $c['parentId'] !== '' ? (string) $c['parentId'] : '';
            if ($parent_key !== '' && !isset($ids[$parent_key])) {
                if (!isset($comments[$parent_key])) {
                    wpci_fail("comment $key replies to unknown comment $parent_key");
                }
                continue; // its parent comes first
            }
            $article_ref = (string) ($c['articleId'] ?? $c['articleSlug'] ?? $c['article'] ?? '');
            if (!isset($article_ids[$article_ref])) {
                wpci_fail("comment $key is on unknown article '$article_ref'");
            }
            $name = (string) ($c['authorName'] ?? 'Anonymous');
            $user_id = 0;
            $email = (string) ($c['authorEmail'] ?? '');
            foreach ($authors as $slug => $author) {
                if ($author['name'] === $name) { // a reply by the article's staff author
                    $user_id = $author_ids[$slug];
                    $email = $email !== '' ? $email : get_userdata($user_id)->user_email;
                }
            }
            if ($email === '') {
                $local = sanitize_title($name);
                $email = (preg_match('/^[a-z0-9-]+$/', $local) ? $local : 'reader-' . substr(md5($name), 0, 8)) . '@example.com';
            }
            $gmt = wpci_gmt($c['publishedAt'] ?? null);
            $fields = [
                'comment_post_ID' => $article_ids[$article_ref],
                'comment_parent' => $parent_key !== '' ? $ids[$parent_key] : 0,
                'comment_author' => $name,
                'comment_author_email' => $email,
                'comment_author_url' => (string) ($c['authorUrl'] ?? ''),
                'comment_content' => (string) ($c['bodyText'] ?? $c['body'] ?? $c['content'] ?? ''),
                'comment_type' => 'comment',
                'comment_approved' => ($c['status'] ?? 'published') === 'pending' ? 0 : 1,
                'comment_date_gmt' => $gmt,
                'comment_date' => get_date_from_gmt($gmt),
                'comment_author_IP' => '127.0.0.1',
                'comment_agent' => 'broadsheet-seed',
                'user_id' => $user_id,
            ];
            $id = wpci_find_comment($key);
            if ($id) {
                $fields['comment_ID'] = $id;
                $result = wp_update_comment(wp_slash($fields), true);
                if (is_wp_error($result) || $result === false) {
                    wpci_fail("update comment $key");
                }
            } else {
                $id = (int) wpci_ok(wp_insert_comment(wp_slash($fields)), "insert comment $key");
                add_comment_meta($id, '_wpci_key', wp_slash($key), true);
            }
            $ids[$key] = $id;
            unset($todo[$key]);
            $progress = true;
        }
        if (!$progress) {
            wpci_fail('comments reply to each other in a cycle: ' . implode(', ', array_keys($todo)));
        }
    }
    return $ids;
}

/** Deletes what this seeder created earlier and the data set no longer has. */
function wpci_prune(array $keep_posts, array $keep_users, array $keep_terms, array $keep_comments, int $admin_id): void
{
    foreach (get_posts(['post_type' => 'post', 'post_status' => 'any', 'numberposts' => -1, 'meta_key' => '_wpci_managed', 'fields' => 'ids']) as $id) {
        if (!in_array((int) $id, $keep_posts, true)) {
            $thumb = (int) get_post_thumbnail_id($id);
            if ($thumb && get_post_meta($thumb, '_wpci_image_key', true)) {
                wp_delete_attachment($thumb, true);
            }
            wp_delete_post($id, true);
            wpci_note("deleted post $id (no longer in the data set)");
        }
    }
    foreach (get_users(['meta_key' => '_wpci_managed', 'fields' => 'ID']) as $id) {
        if (!in_array((int) $id, $keep_users, true)) {
            wp_delete_user((int) $id, $admin_id);
            wpci_note("deleted user $id (no longer in the data set)");
        }
    }
    foreach (['category', 'post_tag'] as $taxonomy) {
        foreach (get_terms(['taxonomy' => $taxonomy, 'hide_empty' => false, 'meta_key' => '_wpci_managed', 'fields' => 'ids']) as $id) {
            if (!in_array((int) $id, $keep_terms[$taxonomy], true) && (int) $id !== (int) get_option('default_category')) {
                wp_delete_term((int) $id, $taxonomy);
                wpci_note("deleted $taxonomy $id (no longer in the data set)");
            }
        }
    }
    foreach (get_comments(['meta_key' => '_wpci_key', 'status' => 'all', 'fields' => 'ids']) as $id) {
        if (!in_array((int) $id, $keep_comments, true)) {
            wp_delete_comment((int) $id, true);
        }
    }
}

// ------------------------------------------------------------------------------------------------
// Seed (only when the data or this script changed).

$wpci_hash = sha1($wpci_raw . "\0" . sha1_file(__FILE__));
if (get_option('wpci_seeded') !== $wpci_hash) {
    $t0 = microtime(true);
    wpci_remove_defaults();

    $section_ids = [];
    foreach ($wpci_sections as $slug => $section) {
        $section_ids[$slug] = wpci_upsert_term($section, 'category');
    }
    if ($section_ids) {
        update_option('default_category', reset($section_ids));
        $uncategorized = get_term_by('slug', 'uncategorized', 'category');
        if ($uncategorized && !isset($section_ids['uncategorized'])) {
            wp_delete_term($uncategorized->term_id, 'category');
        }
    }
    $tag_ids = [];
    foreach ($wpci_tags as $slug => $tag) {
        $tag_ids[$slug] = wpci_upsert_term($tag, 'post_tag');
    }
    $author_ids = [];
    foreach ($wpci_authors as $slug => $author) {
        $author_ids[$slug] = wpci_upsert_author($author);
    }
    $article_ids = [];
    foreach ($wpci_articles as $slug => $article) {
        $id = wpci_upsert_article($article, $author_ids, $section_ids, $tag_ids, $wpci_admin->ID);
        $article_ids[$article['id']] = $id;
        $article_ids[$slug] = $id;
    }
    $comment_ids = wpci_upsert_comments($wpci_comments, $article_ids, $wpci_authors, $author_ids);
    wpci_prune(
        array_values(array_unique($article_ids)),
        array_values($author_ids),
        ['category' => array_values($section_ids), 'post_tag' => array_values($tag_ids)],
        array_values($comment_ids),
        $wpci_admin->ID
    );
    update_option('wpci_seeded', $wpci_hash, false);
    wpci_note(sprintf(
        'seeded %d authors, %d sections, %d tags, %d articles, %d comments in %.1f s',
        count($author_ids), count($section_ids), count($tag_ids), count($wpci_articles), count($comment_ids), microtime(true) - $t0
    ));
} else {
    wpci_note('data set unchanged: nothing to seed');
}

// ------------------------------------------------------------------------------------------------
// The admin's application password (HTTP Basic auth for the REST API), kept in the state dir
// because WordPress stores only its hash.

$wpci_app_file = rtrim((string) getenv('WPCI_DIR'), '/') . '/admin-app-password';
$wpci_app_password = is_readable($wpci_app_file) ? trim((string) file_get_contents($wpci_app_file)) : '';
$wpci_app_valid = false;
foreach (WP_Application_Passwords::get_user_application_passwords($wpci_admin->ID) as $item) {
    if ($item['name'] !== 'wpci') {
        continue;
    }
    if (!$wpci_app_valid && $wpci_app_password !== '' && wp_check_password($wpci_app_password, $item['password'], $wpci_admin->ID)) {
        $wpci_app_valid = true;
        continue;
    }
    WP_Application_Passwords::delete_application_password($wpci_admin->ID, $item['uuid']);
}
if (!$wpci_app_valid) {
    $created = wpci_ok(WP_Application_Passwords::create_new_application_password($wpci_admin->ID, ['name' => 'wpci']), 'application password');
    $wpci_app_password = $created[0];
    $old = umask(077);
    file_put_contents($wpci_app_file, $wpci_app_password . "\n");
    umask($old);
}

// ------------------------------------------------------------------------------------------------
// seed.json: what the tests need to find the seeded data.

$wpci_out = [
    'baseUrl' => untrailingslashit(home_url()),
    'restUrl' => untrailingslashit(get_rest_url()),
    'wordpressVersion' => get_bloginfo('version'),
    'admin' => [
        'id' => $wpci_admin->ID,
        'username' => 'admin',
        'email' => $wpci_admin->user_email,
        'password' => $wpci_admin_password,
        'applicationPassword' => $wpci_app_password,
    ],
    'posts' => [],
    'users' => [],
    'categories' => [],
    'tags' => [],
    'media' => [],
    'comments' => [],
    'sourceIds' => ['articles' => [], 'comments' => []],
    'heldComments' => [],
    'closedPost' => null,
    'postWithoutImage' => null,
    'totals' => [],
    'options' => [
        'comment_moderation' => (bool) get_option('comment_moderation'),
        'comment_previously_approved' => (bool) get_option('comment_previously_approved'),
        'wpci_disable_comment_flood' => (bool) get_option('wpci_disable_comment_flood'),
    ],
];
foreach ($wpci_sections as $slug => $_) {
    $wpci_out['categories'][$slug] = (int) get_term_by('slug', $slug, 'category')->term_id;
}
foreach ($wpci_tags as $slug => $_) {
    $wpci_out['tags'][$slug] = (int) get_term_by('slug', $slug, 'post_tag')->term_id;
}
foreach ($wpci_authors as $slug => $_) {
    $wpci_out['users'][$slug] = (int) get_user_by('slug', $slug)->ID;
}
foreach ($wpci_articles as $slug => $article) {
    $post = wpci_find_post($slug);
    if (!$post) {
        wpci_fail("post $slug is missing after seeding");
    }
    $wpci_out['posts'][$slug] = $post->ID;
    $wpci_out['sourceIds']['articles'][$article['id']] = $post->ID;
    $thumb = (int) get_post_thumbnail_id($post->ID);
    if ($thumb) {
        $wpci_out['media'][$slug] = $thumb;
    } elseif (!$wpci_out['postWithoutImage']) {
        $wpci_out['postWithoutImage'] = ['id' => $post->ID, 'slug' => $slug];
    }
    if ($post->comment_status === 'closed' && !$wpci_out['closedPost']) {
        $wpci_out['closedPost'] = ['id' => $post->ID, 'slug' => $slug];
    }
}
foreach ($wpci_comments as $key => $_) {
    $id = wpci_find_comment($key);
    $wpci_out['comments'][$key] = $id;
    if ($id && wp_get_comment_status($id) === 'unapproved') {
        $wpci_out['heldComments'][] = $key;
    }
    $wpci_out['sourceIds']['comments'][$key] = $id;
}
$wpci_out['closedPostId'] = $wpci_out['closedPost']['id'] ?? null;
$wpci_out['totals'] = [
    'posts' => count($wpci_out['posts']),
    'users' => count($wpci_out['users']),
    'categories' => count($wpci_out['categories']),
    'tags' => count($wpci_out['tags']),
    'seededComments' => count($wpci_out['comments']),
];

$wpci_json_file = (string) getenv('WPCI_SEED_JSON');
file_put_contents("$wpci_json_file.tmp", json_encode($wpci_out, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE) . "\n");
rename("$wpci_json_file.tmp", $wpci_json_file);
wpci_note("wrote $wpci_json_file");
