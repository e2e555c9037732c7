<?php
/**
 * The widgets this plugin knows, read from widgets.json. The build writes that file from the
 * library's custom-elements.json (the manifest of every element, attribute and slot), so a new
 * element gets its block, its allowed tags and its settings fields without a change to this PHP.
 *
 * @package StatWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The one option this plugin stores (its settings); uninstall.php deletes it. */
const STAT_WIDGETS_OPTION = 'stat_widgets_settings';

/**
 * Every widget: tag name, title, summary, attributes (name, kind, choices, description) and slots.
 * Read once per request. A missing or broken widgets.json gives an empty list (and an admin notice),
 * never a PHP warning on every page.
 *
 * @return array[]
 */
function stat_widgets_elements() {
	static $elements = null;
	if ( null !== $elements ) {
		return $elements;
	}
	$elements = array();
	$file     = STAT_WIDGETS_DIR . 'widgets.json';
	if ( ! is_readable( $file ) ) {
		return $elements;
	}
	$data = json_decode( (string) file_get_contents( $file ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file of the plugin.
	if ( ! is_array( $data ) || ! isset( $data['elements'] ) || ! is_array( $data['elements'] ) ) {
		return $elements;
	}
	foreach ( $data['elements'] as $element ) {
		if ( is_array( $element ) && isset( $element['tagName'] ) && preg_match( '/^[a-z][a-z0-9]*-[a-z0-9-]+$/', (string) $element['tagName'] ) ) {
			$element['attributes']           = isset( $element['attributes'] ) && is_array( $element['attributes'] ) ? $element['attributes'] : array();
			$elements[ $element['tagName'] ] = $element;
		}
	}
	return $elements;
}

/**
 * One widget by tag name, or null.
 *
 * @param string $tag_name Tag name, such as `quick-exit`.
 * @return array|null
 */
function stat_widgets_element( $tag_name ) {
	$elements = stat_widgets_elements();
	return isset( $elements[ $tag_name ] ) ? $elements[ $tag_name ] : null;
}

/**
 * The plugin's settings, with every key present.
 *
 * @return array{sitewide: array, defaults: array}
 */
function stat_widgets_settings() {
	$settings = get_option( STAT_WIDGETS_OPTION, array() );
	$settings = is_array( $settings ) ? $settings : array();
	return array(
		'sitewide' => isset( $settings['sitewide'] ) && is_array( $settings['sitewide'] ) ? $settings['sitewide'] : array(),
		'defaults' => isset( $settings['defaults'] ) && is_array( $settings['defaults'] ) ? $settings['defaults'] : array(),
	);
}

/**
 * The start tag, attributes and content of a widget, escaped.
 *
 * @param string $tag_name   Tag name (from the widget list).
 * @param array  $attributes Attribute name => value; '' writes a bare (boolean) attribute.
 * @param string $content    The no-JavaScript fallback markup inside the tag (filtered with wp_kses_post).
 * @return string
 */
function stat_widgets_tag_markup( $tag_name, $attributes, $content ) {
	$html = '<' . $tag_name;
	foreach ( $attributes as $name => $value ) {
		$html .= ' ' . $name . ( '' === $value ? '' : '="' . esc_attr( $value ) . '"' );
	}
	return $html . '>' . wp_kses_post( $content ) . '</' . $tag_name . '>';
}

/** A notice for administrators when the widget list could not be read (a broken upload). */
function stat_widgets_missing_list_notice() {
	if ( array() !== stat_widgets_elements() || ! current_user_can( 'activate_plugins' ) ) {
		return;
	}
	printf(
		'<div class="notice notice-error"><p>%s</p></div>',
		esc_html__( 'Stat Widgets cannot read its list of widgets (widgets.json), so its blocks are not available. Please install the plugin again from its zip file.', 'stat-widgets' )
	);
}
add_action( 'admin_notices', 'stat_widgets_missing_list_notice' );
