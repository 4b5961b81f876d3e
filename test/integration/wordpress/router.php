<?php
/**
 * Router for `php -S 127.0.0.1:PORT -t /usr/share/wordpress <state dir>/router.php`.
 * wp-up.sh copies it into the state dir, so __DIR__ is the state dir.
 *
 * - Selects Debian's per-site config /etc/wordpress/config-wpci-PORT.php: Debian's wp-config.php
 *   honours $_SERVER['WORDPRESS_CONFIG'], so 127.0.0.1:PORT and localhost:PORT both work.
 * - Serves /wp-content/* from the state dir's wp-content (uploads, the theme symlink), where
 *   WP_CONTENT_DIR points, instead of the package's /usr/share/wordpress/wp-content.
 * - Lets php -S run existing .php files and serve static core files (return false).
 * - Sends every other path (/, /wp-json/..., pretty permalinks) to index.php, like mod_rewrite.
 *
 * It must stay at file scope: index.php and wp-load.php rely on globals.
 */
$_SERVER['WORDPRESS_CONFIG'] = 'wpci-' . (int) $_SERVER['SERVER_PORT'];
$wpci_root = rtrim($_SERVER['DOCUMENT_ROOT'], '/');
$wpci_path = rawurldecode((string) parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));

if ($wpci_path === '' || $wpci_path[0] !== '/' || strpos($wpci_path, "\0") !== false
    || preg_match('#(^|/)\.\.?(/|$)#', $wpci_path)) {
    http_response_code(400);
    return true;
}

if (strncmp($wpci_path, '/wp-content/', 12) === 0) {
    $wpci_file = __DIR__ . $wpci_path;
    if (is_file($wpci_file) && !preg_match('/\.(php|phtml|phar)$/i', $wpci_file)) {
        $wpci_types = [
            'jpg' => 'image/jpeg', 'jpeg' => 'image/jpeg', 'png' => 'image/png', 'gif' => 'image/gif',
            'webp' => 'image/webp', 'avif' => 'image/avif', 'svg' => 'image/svg+xml', 'ico' => 'image/x-icon',
            'css' => 'text/css; charset=utf-8', 'js' => 'text/javascript; charset=utf-8',
            'json' => 'application/json', 'txt' => 'text/plain; charset=utf-8', 'html' => 'text/html; charset=utf-8',
            'woff' => 'font/woff', 'woff2' => 'font/woff2', 'ttf' => 'font/ttf', 'pdf' => 'application/pdf',
            'mp4' => 'video/mp4', 'mp3' => 'audio/mpeg',
        ];
        $wpci_ext = strtolower(pathinfo($wpci_file, PATHINFO_EXTENSION));
        header('Content-Type: ' . ($wpci_types[$wpci_ext] ?? 'application/octet-stream'));
        header('Content-Length: ' . filesize($wpci_file));
        header('Last-Modified: ' . gmdate('D, d M Y H:i:s', filemtime($wpci_file)) . ' GMT');
        header('Cache-Control: public, max-age=3600');
        header('Access-Control-Allow-Origin: *');
        if ($_SERVER['REQUEST_METHOD'] !== 'HEAD') {
            readfile($wpci_file);
        }
        return true;
    }
    if (is_file($wpci_root . $wpci_path) && !preg_match('/\.php$/i', $wpci_path)) {
        return false; // a file of the package's own wp-content (static only)
    }
    http_response_code(404);
    return true;
}

if ($wpci_path !== '/' && is_file($wpci_root . $wpci_path)) {
    return false; // wp-login.php, wp-admin/*.php, wp-includes/js/*, …
}
if ($wpci_path !== '/' && is_dir($wpci_root . $wpci_path) && is_file($wpci_root . rtrim($wpci_path, '/') . '/index.php')) {
    return false; // /wp-admin/
}

$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $wpci_root . '/index.php';
chdir($wpci_root);
require $wpci_root . '/index.php';
