namespace Modernize.Model;

/// <summary>Bad input from the user: a missing or malformed file. The CLI prints <see cref="Exception.Message"/> as one line and exits with code 2.</summary>
public sealed class InputException : Exception
{
    public InputException(string file, string problem)
        : base($"{file}: {problem}")
    {
        File = file;
        Problem = problem;
    }

    public InputException()
    {
        File = string.Empty;
        Problem = string.Empty;
    }

    public InputException(string message)
        : base(message)
    {
        File = string.Empty;
        Problem = message;
    }

    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = string.Empty;
        Problem = message;
    }

    public string File { get; }

    public string Problem { get; }
}
