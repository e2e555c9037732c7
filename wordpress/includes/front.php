<?php
/**
 * The visitor's side: the one script (deferred, once per page), the site-wide quick exit and help
 * banner, and the site's mailing-list address for sign-up widgets that have none of their own.
 *
 * @package StatWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The handle of the stat-widgets bundle (one file: every element, Lit included). */
const STAT_WIDGETS_SCRIPT = 'stat-widgets';

/** The widgets the settings page can put on every page, in the order they are printed. */
const STAT_WIDGETS_SITEWIDE = array( 'quick-exit', 'help-banner' );

/** The sign-up widget, whose provider and address can be set once for the site. */
const STAT_WIDGETS_LIST_TAG = 'mailing-list-form';

/** The address of the bundle the plugin ships. */
function stat_widgets_script_url() {
	return plugins_url( 'assets/stat-widgets.js', STAT_WIDGETS_FILE );
}

/**
 * Registers the bundle, deferred: it runs after the page is parsed and never blocks it. WordPress
 * 6.3 added loading strategies; before that (Debian's 6.1, for example) the `defer` attribute is
 * added to the tag here, so every supported WordPress gets the same tag.
 */
function stat_widgets_register_script() {
	if ( version_compare( get_bloginfo( 'version' ), '6.3', '>=' ) ) {
		wp_register_script( STAT_WIDGETS_SCRIPT, stat_widgets_script_url(), array(), STAT_WIDGETS_VERSION, array( 'strategy' => 'defer' ) );
		return;
	}
	wp_register_script( STAT_WIDGETS_SCRIPT, stat_widgets_script_url(), array(), STAT_WIDGETS_VERSION, false );
	add_filter( 'script_loader_tag', 'stat_widgets_defer_tag', 10, 2 );
}
add_action( 'init', 'stat_widgets_register_script' );

/**
 * Adds `defer` to the bundle's script tag (WordPress before 6.3 only).
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function stat_widgets_defer_tag( $tag, $handle ) {
	if ( STAT_WIDGETS_SCRIPT !== $handle || false !== strpos( $tag, ' defer' ) ) {
		return $tag;
	}
	return str_replace( '<script ', '<script defer ', $tag );
}

/**
 * Loads the bundle on every page of the site: widgets can sit in posts, template parts, widget areas
 * or the site-wide settings, and a deferred script costs the page nothing while it loads.
 */
function stat_widgets_enqueue_script() {
	wp_enqueue_script( STAT_WIDGETS_SCRIPT );
}
add_action( 'wp_enqueue_scripts', 'stat_widgets_enqueue_script' );

/**
 * Removes a pasted `<script src=".../stat-widgets.js">` from content: the plugin already loads the
 * script, and a second copy would only be downloaded again (the bundle ignores it, but the visitor
 * pays for it). Only whole, empty script tags whose file is stat-widgets.js (or a versioned copy such
 * as stat-widgets-0.1.0.js) are removed.
 *
 * @param string $content Post content or widget text.
 * @return string
 */
function stat_widgets_remove_pasted_script( $content ) {
	if ( ! is_string( $content ) || false === stripos( $content, 'stat-widgets' ) ) {
		return $content;
	}
	return (string) preg_replace(
		'#<script\b[^>]*\ssrc\s*=\s*["\']?(?:[^"\'\s>]*/)?stat-widgets(?:-[0-9][0-9a-z.-]*)?(?:\.min)?\.js(?:[?\#][^"\'\s>]*)?["\']?[^>]*>\s*</script>\s*#i',
		'',
		$content
	);
}
add_filter( 'the_content', 'stat_widgets_remove_pasted_script', 20 );
add_filter( 'widget_text_content', 'stat_widgets_remove_pasted_script', 20 );
add_filter( 'widget_block_content', 'stat_widgets_remove_pasted_script', 20 );

/**
 * Prints the site-wide widgets first inside <body> (`wp_body_open`), as the quick exit asks: the first
 * Tab on the page reaches it. A widget of the same kind in the post itself wins over the site-wide
 * one, so a page never shows two exit buttons.
 */
function stat_widgets_print_sitewide() {
	static $printed = false;
	if ( $printed || is_admin() || is_feed() ) {
		return;
	}
	$printed  = true;
	$settings = stat_widgets_settings();
	$post     = is_singular() ? get_queried_object() : null;
	$content  = $post instanceof WP_Post ? $post->post_content : '';
	foreach ( STAT_WIDGETS_SITEWIDE as $tag_name ) {
		$widget = isset( $settings['sitewide'][ $tag_name ] ) ? $settings['sitewide'][ $tag_name ] : array();
		if ( empty( $widget['enabled'] ) || null === stat_widgets_element( $tag_name ) ) {
			continue;
		}
		if ( '' !== $content && false !== stripos( $content, '<' . $tag_name ) ) {
			continue;
		}
		$attributes = isset( $widget['attributes'] ) && is_array( $widget['attributes'] ) ? $widget['attributes'] : array();
		$fallback   = isset( $widget['fallback'] ) ? (string) $widget['fallback'] : '';
		echo stat_widgets_tag_markup( $tag_name, $attributes, $fallback ) . "\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in stat_widgets_tag_markup().
	}
}
add_action( 'wp_body_open', 'stat_widgets_print_sitewide', 5 );
// Themes without `wp_body_open`: at the end of the page instead (the exit button floats anyway).
add_action( 'wp_footer', 'stat_widgets_print_sitewide', 5 );

/**
 * The site's mailing-list provider and address, as widget attributes (only those that are set).
 *
 * @return array<string, string>
 */
function stat_widgets_list_defaults() {
	$settings = stat_widgets_settings();
	$defaults = isset( $settings['defaults'][ STAT_WIDGETS_LIST_TAG ] ) ? $settings['defaults'][ STAT_WIDGETS_LIST_TAG ] : array();
	return is_array( $defaults ) ? array_filter( $defaults, 'strlen' ) : array();
}

/**
 * Gives a sign-up widget without an `action` of its own the site's provider and address.
 *
 * @param string $html     Markup that starts with the widget's start tag.
 * @param bool   $is_block True for the plugin's own block, whose fallback form was made from the site's
 *                         address when it was saved: its `action` follows the site's current address
 *                         too, so visitors without JavaScript post there.
 * @return string
 */
function stat_widgets_apply_list_defaults( $html, $is_block ) {
	$defaults = stat_widgets_list_defaults();
	if ( array() === $defaults || ! preg_match( '#^(\s*<' . STAT_WIDGETS_LIST_TAG . '\b)([^>]*)>#i', $html, $start ) ) {
		return $html;
	}
	if ( preg_match( '#\saction\s*=#i', $start[2] ) ) {
		return $html;
	}
	$has_form = (bool) preg_match( '#<form\b#i', $html );
	if ( $has_form && ! $is_block ) {
		return $html; // A pasted provider form: its own action is the address.
	}
	$added = '';
	foreach ( $defaults as $name => $value ) {
		if ( ! preg_match( '#\s' . preg_quote( $name, '#' ) . '\s*=#i', $start[2] ) ) {
			$added .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	$html = $start[1] . $start[2] . $added . '>' . substr( $html, strlen( $start[0] ) );
	if ( $is_block && isset( $defaults['action'] ) ) {
		$action = esc_url( $defaults['action'] );
		$html   = (string) preg_replace( '#(<form\b[^>]*\saction\s*=\s*)(["\'])[^"\']*\2#i', '${1}"' . $action . '"', $html, 1 );
	}
	return $html;
}

/**
 * The plugin's sign-up block: the site's provider and address when it has none of its own.
 *
 * @param string $block_content The block's HTML.
 * @return string
 */
function stat_widgets_list_block_defaults( $block_content ) {
	return stat_widgets_apply_list_defaults( (string) $block_content, true );
}
add_filter( 'render_block_stat-widgets/' . STAT_WIDGETS_LIST_TAG, 'stat_widgets_list_block_defaults' );

/**
 * A pasted sign-up widget with no address and no form of its own gets the site's.
 *
 * @param string $content Post content.
 * @return string
 */
function stat_widgets_pasted_list_defaults( $content ) {
	if ( ! is_string( $content ) || false === stripos( $content, '<' . STAT_WIDGETS_LIST_TAG ) ) {
		return $content;
	}
	return (string) preg_replace_callback(
		'#<' . STAT_WIDGETS_LIST_TAG . '\b[^>]*>.*?</' . STAT_WIDGETS_LIST_TAG . '>#is',
		function ( $match ) {
			// The block's copy was handled by its render filter (and has an action by now).
			return stat_widgets_apply_list_defaults( $match[0], false );
		},
		$content
	);
}
add_filter( 'the_content', 'stat_widgets_pasted_list_defaults', 20 );
