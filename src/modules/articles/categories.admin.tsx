// /quan-tri/chuyen-muc: editors and admins keep the category list (name, description, menu
// order). Slugs never change after creation; a category holding articles cannot be deleted.
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { NotFoundError } from '../../platform/http/errors.js';
import { fieldErrors } from '../../platform/http/form-errors.js';
import { requestIdOf, type AuditLog, type StaffEnv, type StaffFrame, type StaffGuard } from '../accounts/index.js';
import type { ArticlesService } from './articles.service.js';
import { CategoriesList, CategoryForm, type CategoryFormValues } from './views/categories-admin.js';
import { articleError } from './articles.errors.js';
import { articleInputText } from './articles-input.vi.js';
import { articlesText } from './articles.vi.js';
import { okFlashes } from './newsroom-http.js';
import { categoriesAdminText } from './views/categories-admin.vi.js';

const refusal = articleInputText.category;

const categorySchema = z.object({
  name: z.string().trim().min(1, refusal.nameRequired).max(100, refusal.nameTooLong),
  description: z.string().trim().max(300, refusal.descriptionTooLong),
  position: z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, refusal.positionInvalid)
    .transform(Number),
});

interface CategoriesAdminDeps {
  articles: ArticlesService;
  guard: StaffGuard;
  frame: StaffFrame;
  audit: AuditLog;
}

type ListedCategory = Awaited<ReturnType<ArticlesService['listCategoriesWithCounts']>>[number];

async function readCategoryForm(c: Context): Promise<CategoryFormValues> {
  const form = await c.req.parseBody();
  const text = (k: string) => (typeof form[k] === 'string' ? (form[k] as string).normalize('NFC') : '');
  return { name: text('name'), description: text('description'), position: text('position') || '0' };
}

/** The form of an existing category; `deletable` adds its delete button (or why it cannot go). */
function EditCategoryForm(props: {
  csrfToken: string;
  category: ListedCategory;
  values?: CategoryFormValues;
  errors?: Record<string, string>;
  deletable?: boolean;
}) {
  const { category } = props;
  return (
    <CategoryForm
      csrfToken={props.csrfToken}
      action={`/quan-tri/chuyen-muc/${category.id}`}
      title={category.name}
      values={
        props.values ?? { name: category.name, description: category.description, position: String(category.position) }
      }
      errors={props.errors}
      deletable={props.deletable ? { id: category.id, articles: category.articles } : undefined}
    />
  );
}

function mountNewCategoryPages(app: Hono<StaffEnv>, { articles, guard, frame, audit }: CategoriesAdminDeps) {
  app.get('/quan-tri/chuyen-muc', guard.require('categories.manage'), async (c) =>
    frame.respond(
      c,
      categoriesAdminText.title,
      <CategoriesList categories={await articles.listCategoriesWithCounts()} />,
    ),
  );

  app.get('/quan-tri/chuyen-muc/moi', guard.require('categories.manage'), (c) =>
    frame.respond(
      c,
      categoriesAdminText.add,
      <CategoryForm
        csrfToken={c.get('staff')!.csrfToken}
        action="/quan-tri/chuyen-muc"
        title={categoriesAdminText.add}
        values={{ name: '', description: '', position: '0' }}
      />,
    ),
  );

  app.post('/quan-tri/chuyen-muc', guard.require('categories.manage'), async (c) => {
    const staff = c.get('staff')!;
    const values = await readCategoryForm(c);
    const parsed = categorySchema.safeParse(values);
    if (!parsed.success) {
      return frame.respond(
        c,
        categoriesAdminText.add,
        <CategoryForm
          csrfToken={staff.csrfToken}
          action="/quan-tri/chuyen-muc"
          title={categoriesAdminText.add}
          values={values}
          errors={fieldErrors(parsed.error)}
        />,
        { status: 400 },
      );
    }
    const id = await articles.createCategory(parsed.data);
    await audit.record({
      action: 'category.created',
      userId: staff.user.id,
      actor: staff.user.email,
      target: parsed.data.name,
      requestId: requestIdOf(c),
    });
    return c.redirect(`/quan-tri/chuyen-muc/${id}?tb=da-tao-chuyen-muc`, 303);
  });
}

function mountCategoryPages(app: Hono<StaffEnv>, { articles, guard, frame, audit }: CategoriesAdminDeps) {
  const findOr404 = async (c: Context) => {
    const id = Number(c.req.param('id'));
    const category =
      Number.isInteger(id) && id > 0 ? (await articles.listCategoriesWithCounts()).find((x) => x.id === id) : undefined;
    if (!category) throw new NotFoundError(articleError('CATEGORY_NOT_FOUND'));
    return category;
  };

  app.get('/quan-tri/chuyen-muc/:id', guard.require('categories.manage'), async (c) => {
    const category = await findOr404(c);
    return frame.respond(
      c,
      category.name,
      <EditCategoryForm csrfToken={c.get('staff')!.csrfToken} category={category} deletable />,
    );
  });

  app.post('/quan-tri/chuyen-muc/:id', guard.require('categories.manage'), async (c) => {
    const staff = c.get('staff')!;
    const category = await findOr404(c);
    const values = await readCategoryForm(c);
    const parsed = categorySchema.safeParse(values);
    if (!parsed.success) {
      return frame.respond(
        c,
        category.name,
        <EditCategoryForm
          csrfToken={staff.csrfToken}
          category={category}
          values={values}
          errors={fieldErrors(parsed.error)}
        />,
        { status: 400 },
      );
    }
    await articles.updateCategory(category.id, parsed.data);
    await audit.record({
      action: 'category.updated',
      userId: staff.user.id,
      actor: staff.user.email,
      target: category.slug,
      detail: parsed.data.name,
      requestId: requestIdOf(c),
    });
    return c.redirect(`/quan-tri/chuyen-muc/${category.id}?tb=da-luu-chuyen-muc`, 303);
  });

  app.post('/quan-tri/chuyen-muc/:id/xoa', guard.require('categories.manage'), async (c) => {
    const staff = c.get('staff')!;
    const category = await findOr404(c);
    if (!(await articles.deleteCategory(category.id))) {
      const form = (
        <EditCategoryForm
          csrfToken={staff.csrfToken}
          category={category}
          errors={{ _form: refusal.holdsArticles }}
          deletable
        />
      );
      return frame.respond(c, category.name, form, { status: 400 });
    }
    await audit.record({
      action: 'category.deleted',
      userId: staff.user.id,
      actor: staff.user.email,
      target: category.slug,
      requestId: requestIdOf(c),
    });
    return c.redirect('/quan-tri/chuyen-muc?tb=da-xoa-chuyen-muc', 303);
  });
}

export function mountCategoriesAdmin(app: Hono, deps: CategoriesAdminDeps) {
  deps.frame.addSection({
    href: '/quan-tri/chuyen-muc',
    label: articlesText.categoriesMenu.label,
    hint: articlesText.categoriesMenu.hint,
    permission: 'categories.manage',
    order: 30,
  });
  deps.frame.addFlashes(okFlashes(articlesText.categoriesFlashes));
  mountNewCategoryPages(app, deps);
  mountCategoryPages(app, deps);
}
