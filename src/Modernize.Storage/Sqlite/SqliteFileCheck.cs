using System.Buffers.Binary;
using System.Text;
using Modernize.Model;

namespace Modernize.Storage.Sqlite;

/// <summary>
/// Looks at a database file before SQLite touches it, so that a text file or a truncated database named modernize.db
/// is refused with a clear message and never written to.
/// </summary>
internal static class SqliteFileCheck
{
    private const int HeaderLength = 100;
    private static readonly byte[] Magic = Encoding.ASCII.GetBytes("SQLite format 3\0");

    public static void EnsureUsable(string path)
    {
        if (Directory.Exists(path))
        {
            throw NotModernize(path, "it is a folder");
        }

        if (!File.Exists(path))
        {
            return;
        }

        var header = new byte[HeaderLength];
        long length;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            length = stream.Length;
            if (length == 0)
            {
                return; // SQLite's own convention: an empty file is an empty database.
            }

            stream.ReadAtLeast(header, HeaderLength, throwOnEndOfStream: false);
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputException(path, "cannot read the database file: permission denied");
        }
        catch (IOException e)
        {
            throw new InputException(path, $"cannot read the database file ({e.Message})");
        }

        if (length < HeaderLength || !header.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw NotModernize(path, "not an SQLite file");
        }

        var rawPageSize = BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(16, 2));
        long pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
        if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        {
            throw NotModernize(path, "damaged SQLite header: invalid page size");
        }

        var changeCounter = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(24, 4));
        var pageCount = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(28, 4));
        var validFor = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(92, 4));
        if (length % pageSize != 0 || (changeCounter == validFor && length < pageCount * pageSize))
        {
            throw NotModernize(path, $"truncated: {length} bytes where the header promises {pageCount * pageSize}");
        }
    }

    public static InputException NotModernize(string path, string why) => new(path, $"not a Modernize database ({why})");
}
