<?php
/**
 * Loads WordPress on the command line for the test site on port WPCI_PORT (Debian has no wp-cli).
 * Include it at FILE scope (never inside a function): wp-load.php and wp-settings.php declare the
 * globals WordPress runs on. Debian's wp-config.php picks /etc/wordpress/config-$WORDPRESS_CONFIG.php
 * and reads HTTP_HOST, so both are set first.
 */
if (PHP_SAPI !== 'cli') {
    exit(1);
}
$wpci_port = (int) getenv('WPCI_PORT');
if ($wpci_port < 1) {
    fwrite(STDERR, "WPCI_PORT is not set\n");
    exit(2);
}
$_SERVER['HTTP_HOST'] = "127.0.0.1:$wpci_port";
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['SERVER_PORT'] = (string) $wpci_port;
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REMOTE_ADDR'] = '127.0.0.1';
$_SERVER['WORDPRESS_CONFIG'] = "wpci-$wpci_port";
if (!is_file("/etc/wordpress/config-wpci-$wpci_port.php")) {
    fwrite(STDERR, "/etc/wordpress/config-wpci-$wpci_port.php is missing: run wp-up.sh $wpci_port first\n");
    exit(2);
}

require '/usr/share/wordpress/wp-load.php';
