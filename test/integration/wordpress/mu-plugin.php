<?php
/**
 * Plugin Name: Broadsheet integration tests (wpci)
 * Description: Test-only helpers for Broadsheet's real-WordPress tests. wp-up.sh copies this file
 *              to <state dir>/wp-content/mu-plugins/wpci.php. Do not put it on a real site as is:
 *              a real site needs only the first filter (see test/integration/wordpress/README.md).
 */

// The REST API refuses comments from visitors who are not logged in (401
// rest_comment_login_required) unless a site opts in. Broadsheet's <comment-form> needs this.
add_filter('rest_allow_anonymous_comments', '__return_true');

// No MTA on the test machine: every mail (new comment, moderation notice, install notice) "succeeds"
// without being sent.
add_filter('pre_wp_mail', '__return_true');

// WordPress refuses a second comment from the same IP (or email) within 15 s: 400 comment_flood.
// All test traffic comes from 127.0.0.1, so tests can switch that off with the option
// wpci_disable_comment_flood (wp-up.sh WPCI_DISABLE_FLOOD=1, wp-option.sh, or REST settings).
// Read on every comment, so it can be toggled while the server runs.
add_filter('comment_flood_filter', static function ($flood) {
    return get_option('wpci_disable_comment_flood') ? false : $flood;
}, 100);

// The author's job title, stored as user meta broadsheet_role, as a top-level field of the REST user
// object (also inside _embedded.author).
add_action('rest_api_init', static function () {
    register_rest_field('user', 'broadsheet_role', [
        'get_callback' => static function ($user) {
            $role = get_user_meta((int) $user['id'], 'broadsheet_role', true);
            return is_string($role) && $role !== '' ? $role : null;
        },
        'schema' => [
            'description' => 'Job title shown with the author bio, e.g. "Chief Editor (National)".',
            'type' => ['string', 'null'],
            'context' => ['view', 'embed', 'edit'],
            'readonly' => true,
        ],
    ]);
});

// Comment moderation and the flood switch as REST settings, so a test holding the admin
// application password (seed.json) can flip them at run time:
//   POST /wp-json/wp/v2/settings  {"comment_moderation": true}
// comment_moderation=1 holds every new comment (201 with status "hold");
// comment_previously_approved=1 holds comments from authors without an approved comment.
add_action('init', static function () {
    foreach (['comment_moderation', 'comment_previously_approved', 'wpci_disable_comment_flood'] as $name) {
        register_setting('discussion', $name, [
            'type' => 'boolean',
            'show_in_rest' => true,
            'default' => false,
            // Stored as 1/0: update_option() would store false as '', which the REST API then
            // reads back as null (not a valid boolean), and a later {"name": false} answers null.
            'sanitize_callback' => static function ($value) {
                return rest_sanitize_boolean($value) ? 1 : 0;
            },
        ]);
    }
});
