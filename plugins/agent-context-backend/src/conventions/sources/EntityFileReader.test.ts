import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { NotFoundError, NotModifiedError } from '@backstage/errors';
import { symlinkSync } from 'node:fs';
import { EntityFileReader } from './EntityFileReader';

const entityAt = (managedBy?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'checkout-service',
    annotations: managedBy
      ? { 'backstage.io/managed-by-location': managedBy }
      : {},
  },
  spec: {},
});

const urlResponse = (content: string, etag?: string) => ({
  buffer: async () => Buffer.from(content, 'utf8'),
  etag,
});

describe('EntityFileReader', () => {
  const mockDir = createMockDirectory();
  const urlReader = mockServices.urlReader.mock();
  const reader = EntityFileReader.create({ urlReader, maxBytes: 64 });

  beforeEach(() => {
    jest.resetAllMocks();
    mockDir.setContent({
      'catalog/components.yaml': 'kind: Component',
      'catalog/conventions/checkout.yaml': 'conventions: []',
      'catalog/large.md': 'x'.repeat(65),
      'secrets.yaml': 'token: hunter2',
    });
  });

  describe('entities registered from a file', () => {
    const fromFile = () =>
      entityAt(`file:${mockDir.resolve('catalog/components.yaml')}`);

    it('reads a path relative to the entity file, with a content etag', async () => {
      const result = await reader.read(
        fromFile(),
        './conventions/checkout.yaml',
      );
      expect(result).toEqual({
        status: 'read',
        location: `file:${mockDir.resolve(
          'catalog/conventions/checkout.yaml',
        )}`,
        content: 'conventions: []',
        etag: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
    });

    it('reads file: targets the same way', async () => {
      const result = await reader.read(
        fromFile(),
        'file:conventions/checkout.yaml',
      );
      expect(result).toMatchObject({ content: 'conventions: []' });
    });

    it('says unchanged when the etag matches the content', async () => {
      const first = await reader.read(fromFile(), 'conventions/checkout.yaml');
      const etag = first.status === 'read' ? first.etag : undefined;
      await expect(
        reader.read(fromFile(), 'conventions/checkout.yaml', { etag }),
      ).resolves.toEqual({
        status: 'unchanged',
        location: `file:${mockDir.resolve(
          'catalog/conventions/checkout.yaml',
        )}`,
      });
    });

    it('refuses a path that leaves the directory of the entity file', async () => {
      await expect(
        reader.read(fromFile(), '../secrets.yaml'),
      ).rejects.toMatchObject({
        name: 'NotAllowedError',
        message: `Cannot read '../secrets.yaml': it leaves ${mockDir.resolve(
          'catalog',
        )}, the directory the entity was registered from`,
      });
      await expect(
        reader.read(fromFile(), `file:${mockDir.resolve('secrets.yaml')}`),
      ).rejects.toMatchObject({ name: 'NotAllowedError' });
    });

    it('refuses a link inside the directory that leads out of it', async () => {
      symlinkSync(
        mockDir.resolve('secrets.yaml'),
        mockDir.resolve('catalog/link.yaml'),
      );
      await expect(reader.read(fromFile(), 'link.yaml')).rejects.toMatchObject({
        name: 'NotAllowedError',
      });
    });

    it('reports a missing file as not found', async () => {
      await expect(
        reader.read(fromFile(), 'conventions/missing.yaml'),
      ).rejects.toBeInstanceOf(NotFoundError);
    });

    it('refuses files larger than the limit', async () => {
      await expect(reader.read(fromFile(), 'large.md')).rejects.toMatchObject({
        name: 'InputError',
        message: `${mockDir.resolve(
          'catalog/large.md',
        )} is 65 bytes, more than the 64 allowed`,
      });
    });

    it('reads url: targets through the URL reader', async () => {
      urlReader.readUrl.mockResolvedValue(urlResponse('conventions: []', 'e1'));
      await expect(
        reader.read(fromFile(), 'url:https://github.com/o/r/blob/main/c.yaml'),
      ).resolves.toEqual({
        status: 'read',
        location: 'https://github.com/o/r/blob/main/c.yaml',
        content: 'conventions: []',
        etag: 'e1',
      });
    });
  });

  describe('entities registered from a URL', () => {
    const fromUrl = entityAt(
      'url:https://github.com/northwind/checkout/blob/main/catalog-info.yaml',
    );

    it('resolves relative paths against the entity file and passes the etag on', async () => {
      urlReader.readUrl.mockResolvedValue(urlResponse('conventions: []', 'e2'));
      const result = await reader.read(fromUrl, './.agent/conventions.yaml', {
        etag: 'e1',
      });
      expect(urlReader.readUrl).toHaveBeenCalledWith(
        'https://github.com/northwind/checkout/blob/main/.agent/conventions.yaml',
        { etag: 'e1' },
      );
      expect(result).toEqual({
        status: 'read',
        location:
          'https://github.com/northwind/checkout/blob/main/.agent/conventions.yaml',
        content: 'conventions: []',
        etag: 'e2',
      });
    });

    it('says unchanged when the URL reader finds the etag current', async () => {
      urlReader.readUrl.mockRejectedValue(new NotModifiedError());
      await expect(
        reader.read(fromUrl, 'conventions.yaml', { etag: 'e1' }),
      ).resolves.toEqual({
        status: 'unchanged',
        location:
          'https://github.com/northwind/checkout/blob/main/conventions.yaml',
      });
    });

    it('passes the URL reader errors on', async () => {
      urlReader.readUrl.mockRejectedValue(new NotFoundError('404 Not Found'));
      await expect(reader.read(fromUrl, 'conventions.yaml')).rejects.toThrow(
        '404 Not Found',
      );
    });

    it('refuses files on disk', () => {
      expect(() => reader.locate(fromUrl, 'file:/etc/passwd')).toThrow(
        "Cannot read 'file:/etc/passwd': only entities registered from a file may name files on disk; use a relative path or url:",
      );
      expect(urlReader.readUrl).not.toHaveBeenCalled();
    });

    it('refuses files larger than the limit', async () => {
      urlReader.readUrl.mockResolvedValue(urlResponse('x'.repeat(65)));
      await expect(
        reader.read(fromUrl, 'conventions.yaml'),
      ).rejects.toMatchObject({ name: 'InputError' });
    });
  });

  describe('with sameRepository', () => {
    const fromUrl = entityAt(
      'url:https://github.com/northwind/checkout/blob/main/catalog-info.yaml',
    );
    const sameRepository = { sameRepository: true };

    it('reads a file of the repository the entity was registered from', async () => {
      urlReader.readUrl.mockResolvedValue(urlResponse('# Skill'));
      await expect(
        reader.read(fromUrl, './skills/pr/SKILL.md', sameRepository),
      ).resolves.toMatchObject({ status: 'read', content: '# Skill' });
      await expect(
        reader.read(
          fromUrl,
          'url:https://github.com/northwind/checkout/tree/main/skills/SKILL.md',
          sameRepository,
        ),
      ).resolves.toMatchObject({ status: 'read' });
    });

    it.each([
      [
        'another repository',
        'url:https://github.com/northwind/handbook/blob/main/SKILL.md',
      ],
      [
        'a repository whose name starts the same',
        'url:https://github.com/northwind/checkout-evil/blob/main/SKILL.md',
      ],
      [
        'another host',
        'url:https://gitlab.example.com/northwind/checkout/-/blob/main/SKILL.md',
      ],
      [
        'a relative path out of the repository',
        '../../../handbook/blob/main/SKILL.md',
      ],
      [
        'an escaped path',
        'url:https://github.com/northwind/checkout/blob/main/..%2F..%2F..%2Fhandbook%2Fblob%2Fmain%2FSKILL.md',
      ],
    ])('refuses %s, reading nothing', (_, target) => {
      expect(() => reader.locate(fromUrl, target, sameRepository)).toThrow(
        `Cannot read '${target}': it is not in the repository of https://github.com/northwind/checkout/blob/main/catalog-info.yaml, where the entity was registered from`,
      );
      expect(urlReader.readUrl).not.toHaveBeenCalled();
    });

    it('holds entities registered from a file to their directory', async () => {
      const fromFile = entityAt(
        `file:${mockDir.resolve('catalog/components.yaml')}`,
      );
      await expect(
        reader.read(fromFile, 'conventions/checkout.yaml', sameRepository),
      ).resolves.toMatchObject({ content: 'conventions: []' });
      await expect(
        reader.read(fromFile, '../secrets.yaml', sameRepository),
      ).rejects.toMatchObject({ name: 'NotAllowedError' });
      expect(() =>
        reader.locate(
          fromFile,
          'url:https://github.com/o/r/blob/main/SKILL.md',
          sameRepository,
        ),
      ).toThrow(
        `Cannot read 'url:https://github.com/o/r/blob/main/SKILL.md': an entity registered from a file may only name files below ${mockDir.resolve(
          'catalog',
        )}, the directory it was registered from`,
      );
      expect(urlReader.readUrl).not.toHaveBeenCalled();
    });

    it('refuses URLs for entities registered from elsewhere', () => {
      expect(() =>
        reader.locate(
          entityAt(),
          'url:https://example.com/SKILL.md',
          sameRepository,
        ),
      ).toThrow(
        /^Cannot resolve 'url:https:\/\/example.com\/SKILL.md' for component:default\/checkout-service: it was not registered from a file or URL/,
      );
    });
  });

  it('refuses targets of other kinds', () => {
    const entity = entityAt('url:https://github.com/o/r/blob/main/c.yaml');
    expect(() =>
      reader.locate(entity, 'https://github.com/o/r/c.yaml'),
    ).toThrow(
      "Cannot read 'https://github.com/o/r/c.yaml': expected a relative path, file:<path> or url:https://...",
    );
    expect(() => reader.locate(entity, 'url:/relative')).toThrow(
      "Cannot read 'url:/relative': url: must be followed by an absolute http(s) URL",
    );
  });

  it('cannot resolve relative paths for entities from elsewhere', () => {
    expect(() => reader.locate(entityAt(), 'conventions.yaml')).toThrow(
      "Cannot resolve 'conventions.yaml' for component:default/checkout-service: it was not registered from a file or URL (backstage.io/managed-by-location is missing); use url:https://...",
    );
    expect(reader.locate(entityAt(), 'url:https://example.com/c.yaml')).toEqual(
      { type: 'url', url: 'https://example.com/c.yaml' },
    );
  });
});
