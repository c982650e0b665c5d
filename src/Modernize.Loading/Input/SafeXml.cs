using System.Xml;
using System.Xml.Linq;
using Modernize.Model;

namespace Modernize.Loading.Input;

/// <summary>Reads XML from scanned trees as untrusted data: no DTD, no external resolution.</summary>
public static class SafeXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        CloseInput = true,
    };

    /// <summary>Loads <paramref name="path"/>; a malformed file (or one carrying a DTD) becomes an <see cref="InputException"/>.</summary>
    public static XDocument Load(string path)
    {
        try
        {
            using var reader = XmlReader.Create(File.OpenRead(path), Settings);
            return XDocument.Load(reader, System.Xml.Linq.LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            throw new InputException(path, "not well-formed XML: " + ex.Message);
        }
        catch (IOException ex)
        {
            throw new InputException(path, "cannot be read: " + ex.Message);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new InputException(path, "cannot be read: " + ex.Message);
        }
    }

    /// <summary>Loads XML, returning null instead of throwing (for optional side files like packages.config).</summary>
    public static XDocument? TryLoad(string path)
    {
        try
        {
            return File.Exists(path) ? Load(path) : null;
        }
        catch (InputException)
        {
            return null;
        }
    }
}
