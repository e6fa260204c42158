package vn.lienthong.it.support;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The REST operations the built application deploys, read from the web module inside the EAR (the
 * artifact the servers under test run): every JAX-RS resource method, as {@code METHOD /api/path},
 * path parameters written {@code {}} whatever their names. The classes are loaded from the WAR by a
 * class loader of their own, only to read their annotations; nothing of them runs.
 */
public final class DeployedRestOperations {

    private static final byte[] PATH_DESCRIPTOR = "Ljakarta/ws/rs/Path;".getBytes(StandardCharsets.UTF_8);
    private static final byte[] APPLICATION_PATH_DESCRIPTOR = "Ljakarta/ws/rs/ApplicationPath;".getBytes(StandardCharsets.UTF_8);

    private DeployedRestOperations() {
    }

    /** The operations of {@code lienthong-web.war} inside the EAR at {@code ear}. */
    public static Set<String> of(java.nio.file.Path ear) {
        Map<String, byte[]> classes = webClasses(ear);
        WarClassLoader loader = new WarClassLoader(classes, DeployedRestOperations.class.getClassLoader());
        String root = "";
        Set<Class<?>> resources = new java.util.HashSet<>();
        for (Map.Entry<String, byte[]> c : classes.entrySet()) {
            if (contains(c.getValue(), APPLICATION_PATH_DESCRIPTOR)) {
                ApplicationPath path = load(loader, c.getKey()).getAnnotation(ApplicationPath.class);
                if (path != null) {
                    root = path.value();
                }
            }
            if (contains(c.getValue(), PATH_DESCRIPTOR)) {
                Class<?> type = load(loader, c.getKey());
                if (type.isAnnotationPresent(Path.class) || java.util.Arrays.stream(type.getDeclaredMethods())
                        .anyMatch(m -> m.isAnnotationPresent(Path.class))) {
                    resources.add(type);
                }
            }
        }
        Set<String> operations = new TreeSet<>();
        for (Class<?> resource : resources) {
            Path classPath = resource.getAnnotation(Path.class);
            if (classPath == null) {
                throw new IllegalStateException(resource.getName() + " has @Path methods but is no root resource: "
                        + "sub-resources are not listed here, add them");
            }
            for (Method method : resource.getMethods()) {
                String http = httpMethod(method);
                Path methodPath = method.getAnnotation(Path.class);
                if (http == null && methodPath != null) {
                    throw new IllegalStateException(resource.getName() + "." + method.getName()
                            + " is a sub-resource locator: list its operations here");
                }
                if (http != null) {
                    operations.add(http + " " + normalise(root + "/" + classPath.value() + "/"
                            + (methodPath == null ? "" : methodPath.value())));
                }
            }
        }
        return operations;
    }

    /** {@code /api//v1/dossiers/{code: [^/]+}/} → {@code /api/v1/dossiers/{}}. */
    public static String normalise(String path) {
        String p = ("/" + path).replaceAll("\\{[^}]*}", "{}").replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** {@code GET /api/v1/x/{code}} with its parameters normalised. */
    public static String operation(String route) {
        int space = route.indexOf(' ');
        return route.substring(0, space) + " " + normalise(route.substring(space + 1));
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static Class<?> load(ClassLoader loader, String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("Cannot read the resource class " + name + " from the WAR: " + e, e);
        }
    }

    private static Map<String, byte[]> webClasses(java.nio.file.Path ear) {
        Map<String, byte[]> classes = new HashMap<>();
        try (ZipFile archive = new ZipFile(ear.toFile())) {
            ZipEntry war = archive.getEntry("lienthong-web.war");
            if (war == null) {
                throw new IllegalStateException(ear + " holds no lienthong-web.war");
            }
            try (InputStream in = archive.getInputStream(war); ZipInputStream web = new ZipInputStream(in)) {
                for (ZipEntry e = web.getNextEntry(); e != null; e = web.getNextEntry()) {
                    String name = e.getName();
                    if (name.startsWith("WEB-INF/classes/") && name.endsWith(".class")) {
                        classes.put(name.substring("WEB-INF/classes/".length(), name.length() - ".class".length())
                                .replace('/', '.'), web.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return classes;
    }

    private static boolean contains(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i <= data.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Defines the WAR's classes itself, so that the test's own class path cannot stand in for them. */
    private static final class WarClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        WarClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> found = findLoadedClass(name);
                if (found == null && classes.containsKey(name)) {
                    byte[] bytes = classes.get(name);
                    found = defineClass(name, bytes, 0, bytes.length);
                }
                return found != null ? found : super.loadClass(name, resolve);
            }
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            String className = name.endsWith(".class") ? name.substring(0, name.length() - 6).replace('/', '.') : null;
            return className != null && classes.containsKey(className) ? new ByteArrayInputStream(classes.get(className))
                    : super.getResourceAsStream(name);
        }
    }
}
