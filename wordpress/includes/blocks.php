<?php
/**
 * One block per widget. Each block's block.json is written by the build from the manifest; the
 * editor script (assets/editor.js) draws the sidebar fields from the same list and previews the real
 * widget. A block saves the widget tag with its no-JavaScript fallback inside, so the page keeps
 * working (as plain links or a plain form) even if the plugin is switched off.
 *
 * @package StatWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The handle of the block editor script. */
const STAT_WIDGETS_EDITOR_SCRIPT = 'stat-widgets-editor';

/**
 * What the editor and settings scripts need: the widgets, the bundle's address for previews, and the
 * site's mailing-list defaults (the preview of a sign-up block without its own address uses them).
 *
 * @return array
 */
function stat_widgets_script_data() {
	return array(
		'elements' => array_values( stat_widgets_elements() ),
		'script'   => stat_widgets_script_url() . '?ver=' . rawurlencode( STAT_WIDGETS_VERSION ),
		'defaults' => array( STAT_WIDGETS_LIST_TAG => stat_widgets_list_defaults() ),
		'lang'     => strtok( get_bloginfo( 'language' ), '-' ),
	);
}

/**
 * Adds the script data before `$handle`, as a JSON object (with `<`, `>` and `&` escaped, so no text
 * in it can end the script element).
 *
 * @param string $handle A registered script handle.
 */
function stat_widgets_add_script_data( $handle ) {
	$json = wp_json_encode( stat_widgets_script_data(), JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT );
	wp_add_inline_script( $handle, 'window.statWidgets = ' . $json . ';', 'before' );
}

/** Registers the editor script and every block the build generated. */
function stat_widgets_register_blocks() {
	wp_register_script(
		STAT_WIDGETS_EDITOR_SCRIPT,
		plugins_url( 'assets/editor.js', STAT_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components' ),
		STAT_WIDGETS_VERSION,
		true
	);
	foreach ( stat_widgets_elements() as $tag_name => $element ) {
		$directory = STAT_WIDGETS_DIR . 'blocks/' . $tag_name;
		if ( is_readable( $directory . '/block.json' ) ) {
			register_block_type( $directory );
		}
	}
}
add_action( 'init', 'stat_widgets_register_blocks' );

/** The script data, only on pages that load the editor script. */
function stat_widgets_editor_data() {
	stat_widgets_add_script_data( STAT_WIDGETS_EDITOR_SCRIPT );
}
add_action( 'enqueue_block_editor_assets', 'stat_widgets_editor_data' );
