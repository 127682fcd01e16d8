package org.inkpool.app;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;

/**
 * The window's texts, from {@code messages*.properties}, switchable at run time: labels bind to
 * {@link #text}, so changing {@link #localeProperty()} relabels the open window.
 */
public final class I18n {
    static final String BUNDLE = "org.inkpool.app.messages";
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    // without this control, asking for English on a Chinese system would fall back to the Chinese bundle
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale");
    private final java.util.Map<Locale, ResourceBundle> bundles = new java.util.concurrent.ConcurrentHashMap<>();
    // parsed patterns, per language: the log formats a line per file, so parsing each time would add up
    private final java.util.Map<String, MessageFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();

    public I18n(Locale initial) {
        locale.set(supported(initial));
    }

    /** The supported language closest to the given locale (Chinese for any zh, else English). */
    public static Locale supported(Locale wanted) {
        if (wanted != null && "zh".equals(wanted.getLanguage())) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        return Locale.ENGLISH;
    }

    private static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, I18n.class.getClassLoader(), NO_FALLBACK);
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    /** The text for the key in the current language, formatted with {@link MessageFormat}. */
    public String get(String key, Object... args) {
        // looked up from the locale on every call (not cached in a listener), so bindings never see a stale bundle
        Locale current = locale.get();
        MessageFormat format;
        try {
            format = formats.computeIfAbsent(current.toLanguageTag() + '|' + key, k ->
                    new MessageFormat(bundles.computeIfAbsent(current, I18n::load).getString(key), current));
        } catch (MissingResourceException e) {
            return '!' + key + '!';
        }
        synchronized (format) { // a MessageFormat is not thread-safe
            return format.format(args);
        }
    }

    /** A text that follows the language. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    /** A text that follows the language and the given values. */
    public StringBinding text(Callable<String> compute, ObservableValue<?>... dependencies) {
        ObservableValue<?>[] all = new ObservableValue<?>[dependencies.length + 1];
        all[0] = locale;
        System.arraycopy(dependencies, 0, all, 1, dependencies.length);
        return Bindings.createStringBinding(compute, all);
    }
}
