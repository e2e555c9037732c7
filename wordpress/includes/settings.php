<?php
/**
 * Settings → Stat Widgets: a quick exit and a help banner on every page (so nobody has to paste them
 * into each post), and the mailing list's provider and address once for the site. Only
 * administrators (`manage_options`) see it; the Settings API adds the nonce and checks it.
 *
 * The fields come from the widget list (every attribute of the widget, with its description), and a
 * live preview of each site-wide widget writes its no-JavaScript fallback into a hidden field, so the
 * site-wide widgets also work for visitors without JavaScript.
 *
 * @package StatWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The settings page's slug and script handle. */
const STAT_WIDGETS_SETTINGS_PAGE = 'stat-widgets';

/** Registers the option with its sanitiser. */
function stat_widgets_register_setting() {
	register_setting(
		STAT_WIDGETS_SETTINGS_PAGE,
		STAT_WIDGETS_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'stat_widgets_sanitize_settings',
			'default'           => array(),
			'show_in_rest'      => false,
		)
	);
}
add_action( 'admin_init', 'stat_widgets_register_setting' );

/** Adds Settings → Stat Widgets. */
function stat_widgets_add_settings_page() {
	$hook = add_options_page(
		__( 'Stat Widgets', 'stat-widgets' ),
		__( 'Stat Widgets', 'stat-widgets' ),
		'manage_options',
		STAT_WIDGETS_SETTINGS_PAGE,
		'stat_widgets_render_settings_page'
	);
	if ( $hook ) {
		add_action( 'admin_print_scripts-' . $hook, 'stat_widgets_settings_script' );
	}
}
add_action( 'admin_menu', 'stat_widgets_add_settings_page' );

/** The settings page's preview script. */
function stat_widgets_settings_script() {
	wp_enqueue_script( STAT_WIDGETS_SETTINGS_PAGE . '-settings', plugins_url( 'assets/settings.js', STAT_WIDGETS_FILE ), array(), STAT_WIDGETS_VERSION, true );
	stat_widgets_add_script_data( STAT_WIDGETS_SETTINGS_PAGE . '-settings' );
}

/**
 * Keeps only what the widget list allows: known attributes, each value checked by its kind.
 *
 * @param string $tag_name The widget.
 * @param mixed  $values   Attribute name => submitted value.
 * @param array  $only     If not empty, only these attribute names.
 * @return array<string, string> Attribute name => value ('' for a boolean that is on).
 */
function stat_widgets_sanitize_attributes( $tag_name, $values, $only = array() ) {
	$element = stat_widgets_element( $tag_name );
	$clean   = array();
	if ( null === $element || ! is_array( $values ) ) {
		return $clean;
	}
	foreach ( $element['attributes'] as $attribute ) {
		$name = isset( $attribute['name'] ) ? (string) $attribute['name'] : '';
		if ( '' === $name || ! isset( $values[ $name ] ) || ( array() !== $only && ! in_array( $name, $only, true ) ) ) {
			continue;
		}
		$value = trim( sanitize_text_field( (string) $values[ $name ] ) );
		$kind  = isset( $attribute['kind'] ) ? $attribute['kind'] : 'text';
		if ( 'boolean' === $kind ) {
			if ( 'on' === $value ) {
				$clean[ $name ] = '';
			} elseif ( 'false' === $value ) {
				$clean[ $name ] = 'false';
			}
		} elseif ( 'choice' === $kind ) {
			if ( in_array( $value, (array) $attribute['choices'], true ) ) {
				$clean[ $name ] = $value;
			}
		} elseif ( 'number' === $kind ) {
			if ( is_numeric( $value ) ) {
				$clean[ $name ] = $value;
			}
		} elseif ( '' !== $value ) {
			$clean[ $name ] = stat_widgets_is_url_attribute( $name ) ? esc_url_raw( $value, array( 'https', 'http' ) ) : $value;
		}
	}
	return $clean;
}

/**
 * An attribute that holds one address (`url`, `exit-url`, `action`): only http(s) is kept.
 *
 * @param string $name Attribute name.
 * @return bool
 */
function stat_widgets_is_url_attribute( $name ) {
	return (bool) preg_match( '/(^|-)(url|action)$/', $name );
}

/**
 * The sanitize callback of the option (the Settings API has checked the nonce and the capability).
 *
 * @param mixed $input The submitted settings.
 * @return array
 */
function stat_widgets_sanitize_settings( $input ) {
	$input = is_array( $input ) ? $input : array();
	$clean = array(
		'sitewide' => array(),
		'defaults' => array(),
	);
	foreach ( STAT_WIDGETS_SITEWIDE as $tag_name ) {
		$submitted = isset( $input['sitewide'][ $tag_name ] ) && is_array( $input['sitewide'][ $tag_name ] ) ? $input['sitewide'][ $tag_name ] : array();
		$clean['sitewide'][ $tag_name ] = array(
			'enabled'    => ! empty( $submitted['enabled'] ),
			'attributes' => stat_widgets_sanitize_attributes( $tag_name, isset( $submitted['attributes'] ) ? $submitted['attributes'] : array() ),
			'fallback'   => isset( $submitted['fallback'] ) ? wp_kses_post( (string) $submitted['fallback'] ) : '',
		);
	}
	$list = isset( $input['defaults'][ STAT_WIDGETS_LIST_TAG ] ) ? $input['defaults'][ STAT_WIDGETS_LIST_TAG ] : array();
	$clean['defaults'][ STAT_WIDGETS_LIST_TAG ] = stat_widgets_sanitize_attributes( STAT_WIDGETS_LIST_TAG, $list, array( 'provider', 'action' ) );
	return $clean;
}

/**
 * A description from the manifest as HTML: escaped text, `code spans` shown as <code>.
 *
 * @param string $text Description.
 * @return string
 */
function stat_widgets_description_html( $text ) {
	return (string) preg_replace( '/`([^`]+)`/', '<code>$1</code>', esc_html( $text ) );
}

/**
 * One field for one attribute.
 *
 * @param string $field_name The form field's name.
 * @param string $id         The field's id.
 * @param array  $attribute  The attribute (name, kind, choices, description).
 * @param mixed  $value      The saved value (null: not set).
 */
function stat_widgets_render_field( $field_name, $id, $attribute, $value ) {
	$name        = (string) $attribute['name'];
	$kind        = isset( $attribute['kind'] ) ? $attribute['kind'] : 'text';
	$description = isset( $attribute['description'] ) ? (string) $attribute['description'] : '';
	$set         = null !== $value;
	echo '<tr><th scope="row"><label for="' . esc_attr( $id ) . '"><code>' . esc_html( $name ) . '</code></label></th><td>';
	if ( 'boolean' === $kind && false === strpos( $description, $name . '="false"' ) ) {
		printf(
			'<input type="checkbox" id="%1$s" name="%2$s" value="on" data-attribute="%3$s" aria-describedby="%1$s-description"%4$s>',
			esc_attr( $id ),
			esc_attr( $field_name ),
			esc_attr( $name ),
			checked( $set && 'false' !== $value, true, false )
		);
	} elseif ( 'boolean' === $kind || 'choice' === $kind ) {
		$options = 'boolean' === $kind ? array(
			'on'    => __( 'on', 'stat-widgets' ),
			'false' => __( 'off', 'stat-widgets' ),
		) : array_combine( (array) $attribute['choices'], (array) $attribute['choices'] );
		$current = ! $set ? '' : ( 'boolean' === $kind && '' === $value ? 'on' : (string) $value );
		printf( '<select id="%1$s" name="%2$s" data-attribute="%3$s" aria-describedby="%1$s-description">', esc_attr( $id ), esc_attr( $field_name ), esc_attr( $name ) );
		printf( '<option value="">%s</option>', esc_html__( 'Not set (the widget’s default)', 'stat-widgets' ) );
		foreach ( $options as $option_value => $label ) {
			printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $option_value ), selected( $current, (string) $option_value, false ), esc_html( $label ) );
		}
		echo '</select>';
	} else {
		printf(
			'<input type="%1$s" class="regular-text" id="%2$s" name="%3$s" value="%4$s" data-attribute="%5$s" aria-describedby="%2$s-description" autocomplete="off" spellcheck="false">',
			'number' === $kind ? 'number' : 'text',
			esc_attr( $id ),
			esc_attr( $field_name ),
			esc_attr( $set ? (string) $value : '' ),
			esc_attr( $name )
		);
	}
	echo '<p class="description" id="' . esc_attr( $id ) . '-description">' . stat_widgets_description_html( $description ) . '</p></td></tr>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in stat_widgets_description_html().
}

/**
 * The fields of one widget's attributes.
 *
 * @param string $tag_name The widget.
 * @param string $prefix   The form fields' name prefix.
 * @param array  $values   Saved attribute values.
 * @param array  $only     If not empty, only these attributes.
 */
function stat_widgets_render_attribute_fields( $tag_name, $prefix, $values, $only = array() ) {
	$element = stat_widgets_element( $tag_name );
	if ( null === $element ) {
		return;
	}
	echo '<table class="form-table" role="presentation"><tbody>';
	foreach ( $element['attributes'] as $attribute ) {
		$name = isset( $attribute['name'] ) ? (string) $attribute['name'] : '';
		if ( '' === $name || 'lang' === $name || ( array() !== $only && ! in_array( $name, $only, true ) ) ) {
			continue;
		}
		$id = 'stat-widgets-' . $tag_name . '-' . $name;
		stat_widgets_render_field( $prefix . '[' . $name . ']', $id, $attribute, array_key_exists( $name, $values ) ? $values[ $name ] : null );
	}
	echo '</tbody></table>';
}

/** Settings → Stat Widgets. */
function stat_widgets_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$settings = stat_widgets_settings();
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<p>' . esc_html__( 'Put a quick exit and a help banner on every page of the site, and set the mailing list once. Widgets in a single post are added as blocks in the editor.', 'stat-widgets' ) . '</p>';
	echo '<form method="post" action="options.php">';
	settings_fields( STAT_WIDGETS_SETTINGS_PAGE );
	foreach ( STAT_WIDGETS_SITEWIDE as $tag_name ) {
		$element = stat_widgets_element( $tag_name );
		if ( null === $element ) {
			continue;
		}
		$widget  = isset( $settings['sitewide'][ $tag_name ] ) && is_array( $settings['sitewide'][ $tag_name ] ) ? $settings['sitewide'][ $tag_name ] : array();
		$prefix  = STAT_WIDGETS_OPTION . '[sitewide][' . $tag_name . ']';
		$enabled = ! empty( $widget['enabled'] );
		$title   = isset( $element['title'] ) ? (string) $element['title'] : $tag_name;
		echo '<section class="stat-widgets-sitewide" data-widget="' . esc_attr( $tag_name ) . '">';
		/* translators: %s: a widget's name, such as "Quick exit". */
		echo '<h2>' . esc_html( sprintf( __( '%s on every page', 'stat-widgets' ), $title ) ) . '</h2>';
		echo '<p>' . esc_html( isset( $element['summary'] ) ? stat_widgets_plain( $element['summary'] ) : '' ) . '</p>';
		printf(
			'<p><label><input type="checkbox" name="%1$s[enabled]" value="1"%2$s> %3$s</label></p>',
			esc_attr( $prefix ),
			checked( $enabled, true, false ),
			/* translators: %s: a widget's name, such as "Quick exit". */
			esc_html( sprintf( __( 'Show the %s on every page', 'stat-widgets' ), strtolower( $title ) ) )
		);
		echo '<details><summary>' . esc_html__( 'Options', 'stat-widgets' ) . '</summary>';
		stat_widgets_render_attribute_fields( $tag_name, $prefix . '[attributes]', isset( $widget['attributes'] ) && is_array( $widget['attributes'] ) ? $widget['attributes'] : array() );
		echo '</details>';
		printf( '<input type="hidden" name="%1$s[fallback]" value="%2$s" data-fallback>', esc_attr( $prefix ), esc_attr( isset( $widget['fallback'] ) ? (string) $widget['fallback'] : '' ) );
		echo '<div class="stat-widgets-preview" data-preview></div>';
		echo '</section>';
	}
	if ( null !== stat_widgets_element( STAT_WIDGETS_LIST_TAG ) ) {
		$defaults = isset( $settings['defaults'][ STAT_WIDGETS_LIST_TAG ] ) && is_array( $settings['defaults'][ STAT_WIDGETS_LIST_TAG ] ) ? $settings['defaults'][ STAT_WIDGETS_LIST_TAG ] : array();
		echo '<section><h2>' . esc_html__( 'Mailing list', 'stat-widgets' ) . '</h2>';
		echo '<p>' . esc_html__( 'Your provider and the address your provider’s form posts to, once for the site: every mailing-list block without an address of its own uses them.', 'stat-widgets' ) . '</p>';
		stat_widgets_render_attribute_fields( STAT_WIDGETS_LIST_TAG, STAT_WIDGETS_OPTION . '[defaults][' . STAT_WIDGETS_LIST_TAG . ']', $defaults, array( 'provider', 'action' ) );
		echo '</section>';
	}
	submit_button();
	echo '</form></div>';
}

/**
 * Manifest text without its Markdown code marks.
 *
 * @param string $text Text.
 * @return string
 */
function stat_widgets_plain( $text ) {
	return str_replace( '`', '', (string) $text );
}
