package vn.motcua.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * The step keys a version's step template must allot time to, in order. A routing model's steps are listed once;
 * a step written {@code {level}.key} is done at every level of the chain and is allotted per level as
 * {@code 1.key}, {@code 2.key}…; {@code {last}.key} only at the last (deciding) level. A level skipped at filing
 * (no district after the 2025 reform) leaves its allocations unused.
 */
public final class StepTemplate {

    public static final String EVERY_LEVEL = "{level}.";
    public static final String LAST_LEVEL = "{last}.";

    private StepTemplate() {
    }

    public static List<String> expand(List<String> modelSteps, int levels) {
        List<String> keys = new ArrayList<>();
        int i = 0;
        while (i < modelSteps.size()) {
            String step = modelSteps.get(i);
            if (step.startsWith(EVERY_LEVEL)) {
                int end = i;
                while (end < modelSteps.size() && modelSteps.get(end).startsWith(EVERY_LEVEL)) {
                    end++;
                }
                for (int level = 1; level <= levels; level++) {
                    for (String s : modelSteps.subList(i, end)) {
                        keys.add(level + "." + s.substring(EVERY_LEVEL.length()));
                    }
                }
                i = end;
            } else if (step.startsWith(LAST_LEVEL)) {
                keys.add(levels + "." + step.substring(LAST_LEVEL.length()));
                i++;
            } else {
                keys.add(step);
                i++;
            }
        }
        return keys;
    }

    /** The allocation key of a step done at a level (1-based hop number), or at the desk when {@code level} is null. */
    public static String key(Integer level, String stepKey) {
        return level == null ? stepKey : level + "." + stepKey;
    }
}
