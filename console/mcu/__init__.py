"""MCU drivers behind one interface (`console.mcu.driver`); `console.mcu.dialects.driver_from_url` picks the dialect by URL scheme."""
