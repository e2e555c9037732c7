<?php
/**
 * Plugin Name:       Stat Widgets
 * Description:       Private, accessible widgets for groups that fight human trafficking: hotline cards, a help banner, a quick-exit button and a mailing-list signup, as blocks any editor can add.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       stat-widgets
 *
 * @package StatWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The plugin's version: the version of the stat-widgets bundle it ships (the build checks both agree). */
define( 'STAT_WIDGETS_VERSION', '0.1.0' );
define( 'STAT_WIDGETS_FILE', __FILE__ );
define( 'STAT_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once STAT_WIDGETS_DIR . 'includes/widgets.php';
require_once STAT_WIDGETS_DIR . 'includes/kses.php';
require_once STAT_WIDGETS_DIR . 'includes/front.php';
require_once STAT_WIDGETS_DIR . 'includes/blocks.php';
require_once STAT_WIDGETS_DIR . 'includes/settings.php';
