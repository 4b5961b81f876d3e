<?php
/**
 * php install.php — run by wp-up.sh (env WPCI_PORT, WPCI_ADMIN_PASSWORD, WPCI_MODERATION,
 * WPCI_DISABLE_FLOOD). Installs WordPress with wp_install() if the database is empty, then applies
 * the test site's settings, on every run.
 */
define('WP_INSTALLING', true);
require __DIR__ . '/bootstrap.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

if (!is_blog_installed()) {
    $password = (string) getenv('WPCI_ADMIN_PASSWORD');
    if ($password === '') {
        fwrite(STDERR, "WPCI_ADMIN_PASSWORD is not set\n");
        exit(2);
    }
    // wp_install() tries pretty permalinks with a loopback request; nothing listens yet, so it
    // falls back to plain links, replaced below.
    $result = wp_install('Broadsheet Test Desk', 'admin', 'admin@example.com', true, '', wp_slash($password));
    fwrite(STDERR, "[install.php] WordPress " . get_bloginfo('version') . " installed (admin user id {$result['user_id']})\n");
} elseif ((int) get_option('db_version') !== (int) $wp_db_version) {
    wp_upgrade(); // the wordpress package was upgraded under an existing state dir
    fwrite(STDERR, "[install.php] database upgraded to db_version $wp_db_version\n");
}

$flag = static fn (string $name): int => in_array(getenv($name), ['1', 'true', 'yes'], true) ? 1 : 0;
$settings = [
    'blogdescription' => 'A real WordPress for Broadsheet\'s integration tests',
    'timezone_string' => 'UTC',
    'gmt_offset' => 0,
    'posts_per_page' => 10,
    'default_comment_status' => 'open',
    'default_ping_status' => 'closed',
    'require_name_email' => 1,
    'comment_registration' => 0,
    // Else WordPress closes comments on posts older than 14 days, and the seeded posts are from 2024.
    'close_comments_for_old_posts' => 0,
    'thread_comments' => 1,
    'thread_comments_depth' => 5,
    'page_comments' => 0,
    // Auto-approve (201 "approved") unless WPCI_MODERATION=1 (201 "hold"). Re-applied on every wp-up.
    'comment_moderation' => $flag('WPCI_MODERATION'),
    'comment_previously_approved' => 0,
    'wpci_disable_comment_flood' => $flag('WPCI_DISABLE_FLOOD'),
    'comments_notify' => 0,
    'moderation_notify' => 0,
    'show_avatars' => 1,
    'users_can_register' => 0,
];
foreach ($settings as $name => $value) {
    update_option($name, $value);
}

// Themes: without one, HTML pages are empty (the REST API does not care).
if (get_stylesheet() !== 'twentytwentythree' && wp_get_theme('twentytwentythree')->exists()) {
    switch_theme('twentytwentythree');
}

// Pretty permalinks, so /wp-json/... routes (and ?rest_route= keeps working too).
$structure = '/%year%/%monthnum%/%postname%/';
if (get_option('permalink_structure') !== $structure || !get_option('rewrite_rules')) {
    $wp_rewrite->set_permalink_structure($structure);
    flush_rewrite_rules(false);
}

fwrite(STDERR, sprintf(
    "[install.php] settings applied: comment_moderation=%d wpci_disable_comment_flood=%d\n",
    $settings['comment_moderation'],
    $settings['wpci_disable_comment_flood']
));
