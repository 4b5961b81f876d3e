<?php
/**
 * php option.php NAME [VALUE] — wp-option.sh's worker (env WPCI_PORT). Prints the option's value
 * (after setting it, when VALUE is given).
 */
require __DIR__ . '/bootstrap.php';

$name = $argv[1] ?? '';
if (!preg_match('/^[a-z0-9_]+$/', $name)) {
    fwrite(STDERR, "usage: option.php NAME [VALUE]\n");
    exit(2);
}
if (array_key_exists(2, $argv)) {
    update_option($name, $argv[2]);
}
$value = get_option($name);
echo is_scalar($value) ? $value : json_encode($value), "\n";
