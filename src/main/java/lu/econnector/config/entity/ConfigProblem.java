package lu.econnector.config.entity;

/**
 * One reason not to start, as the single line an operator reads: the variable to fix and
 * what is wrong with it. It never carries a secret's value.
 */
public record ConfigProblem(String variable, String message) {

    public String line() {
        return variable + ": " + message;
    }
}
